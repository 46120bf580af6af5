import type { UnitNode } from '@contest/contracts';
import { Alert, Button, Group, Loader, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { callApi, queryKeys } from '../../../api';
import { foldDiacritics } from '../../../lib/fold-diacritics';
import { ErrorAlert } from '../../../shared/ErrorAlert';

/** People listed at once; a search narrows the rest. */
const SHOWN = 30;

interface UnitAdminsModalProps {
  unit: UnitNode | null;
  onClose: () => void;
}

/**
 * Who administers a unit: one of its own people, picked from its list or by the phone or e-mail
 * they sign in with, made its admin (they then follow its people and forward its initiatives), or
 * the role taken back.
 */
export function UnitAdminsModal({ unit, onClose }: UnitAdminsModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={unit !== null}
      onClose={onClose}
      title={unit ? t('units.admins.title', { name: unit.name }) : ''}
      size="lg"
    >
      {unit && <UnitAdmins key={unit.id} unitId={unit.id} />}
    </Modal>
  );
}

function UnitAdmins({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = queryKeys.unitAdmins(unitId);
  const admins = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => callApi('unitAdmins', { params: { unitId }, signal }),
  });
  const [login, setLogin] = useState('');
  const [search, setSearch] = useState('');
  const add = useMutation({
    mutationFn: (who: string) => callApi('addUnitAdmin', { params: { unitId }, body: { login: who } }),
    onSuccess: (data) => {
      queryClient.setQueryData(key, data);
      setLogin('');
    },
  });
  const remove = useMutation({
    mutationFn: (userId: number) => callApi('removeUnitAdmin', { params: { unitId, userId } }),
    onSuccess: (data) => queryClient.setQueryData(key, data),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (login.trim()) add.mutate(login.trim());
  };

  if (admins.isPending) return <Loader size="sm" />;
  if (admins.isError) return <ErrorAlert error={admins.error} />;
  const needle = foldDiacritics(search.trim());
  const found = admins.data.candidates.filter(
    (c) => !needle || foldDiacritics(`${c.fullName} ${c.login}`).includes(needle),
  );
  return (
    <Stack gap="md" data-testid="unit-admins">
      <Text size="sm" c="dimmed">
        {t('units.admins.hint')}
      </Text>
      {admins.data.items.length === 0 ? (
        <Alert color="yellow" variant="light" data-testid="unit-admins-none">
          {t('units.admins.none')}
        </Alert>
      ) : (
        <Stack gap={6}>
          {admins.data.items.map((admin) => (
            <AccountRow key={admin.id} account={admin} strong testId="unit-admin">
              <Button
                size="compact-sm"
                variant="light"
                color="red"
                loading={remove.isPending && remove.variables === admin.id}
                onClick={() => remove.mutate(admin.id)}
                data-testid="unit-admin-remove"
              >
                {t('units.admins.remove')}
              </Button>
            </AccountRow>
          ))}
        </Stack>
      )}
      {remove.isError && <ErrorAlert error={remove.error} />}
      <Stack gap="xs" data-testid="unit-admin-candidates">
        <Text size="sm" fw={500}>
          {t('units.admins.people', { count: admins.data.candidates.length })}
        </Text>
        {admins.data.candidates.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('units.admins.noPeople')}
          </Text>
        ) : (
          <>
            <TextInput
              aria-label={t('units.admins.search')}
              placeholder={t('units.admins.search')}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              data-testid="unit-admin-search"
            />
            <ScrollArea.Autosize mah={240} type="auto">
              <Stack gap={4}>
                {found.slice(0, SHOWN).map((person) => (
                  <AccountRow key={person.id} account={person} testId="unit-admin-candidate">
                    <Button
                      size="compact-sm"
                      variant="light"
                      loading={add.isPending && add.variables === person.login}
                      onClick={() => add.mutate(person.login)}
                      aria-label={t('units.admins.makeWho', { name: person.fullName })}
                      data-testid="unit-admin-make"
                    >
                      {t('units.admins.make')}
                    </Button>
                  </AccountRow>
                ))}
                {found.length > SHOWN && (
                  <Text size="xs" c="dimmed">
                    {t('units.admins.more', { count: found.length - SHOWN })}
                  </Text>
                )}
              </Stack>
            </ScrollArea.Autosize>
          </>
        )}
      </Stack>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <TextInput
            label={t('units.admins.login')}
            description={t('units.admins.loginHint')}
            value={login}
            onChange={(event) => setLogin(event.currentTarget.value)}
            data-testid="unit-admin-login"
          />
          {add.isError && <ErrorAlert error={add.error} />}
          <Group>
            <Button
              type="submit"
              loading={add.isPending}
              disabled={!login.trim()}
              data-testid="unit-admin-add"
            >
              {t('units.admins.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** One account of the unit, its name and login, with what can be done to it on the right. */
function AccountRow({
  account,
  strong = false,
  testId,
  children,
}: {
  account: { fullName: string; login: string };
  strong?: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" data-testid={testId}>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={strong ? 500 : undefined} style={{ overflowWrap: 'anywhere' }}>
          {account.fullName}
        </Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {account.login}
        </Text>
      </Stack>
      <div style={{ flexShrink: 0 }}>{children}</div>
    </Group>
  );
}
