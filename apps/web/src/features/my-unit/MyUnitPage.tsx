import type { User } from '@contest/contracts';
import { Alert, Anchor, Badge, Group, Stack, Tabs, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';

import { paths } from '../../shared/paths';
import { hasUnitDashboard, isOrganizer, useCurrentUser } from '../auth/session';
import { FiguresTab } from './FiguresTab';
import { PeopleTab } from './PeopleTab';
import { RosterTab } from './RosterTab';
import { UnitPicker } from './UnitPicker';
import { unitAreaHref, useUnitAreaParams, type UnitAreaTab } from './unit-area-params';
import { useUnitReport } from './unit-queries';
import { useLiveUnit } from './use-live-unit';

export function MyUnitPage() {
  const user = useCurrentUser();
  if (!hasUnitDashboard(user)) return <Navigate to={paths.home} replace />;
  return <UnitArea user={user} />;
}

function UnitArea({ user }: { user: User }) {
  const { t } = useTranslation();
  const { unitId: chosenUnitId, tab, setUnit, setTab } = useUnitAreaParams();
  const unitId = chosenUnitId ?? user.unitId;
  const organizer = isOrganizer(user);

  if (unitId === null) {
    return (
      <Stack gap="md">
        <Title order={2}>{t('myUnit.title')}</Title>
        {organizer ? (
          <>
            <UnitPicker value={null} onChange={setUnit} />
            <Text c="dimmed">{t('myUnit.picker.hint')}</Text>
          </>
        ) : (
          <Alert color="yellow" variant="light">
            {t('myUnit.noUnit')}
          </Alert>
        )}
      </Stack>
    );
  }
  // Keyed by unit, so switching units starts from a clean socket, filters and round choice.
  return <UnitAreaFor key={unitId} unitId={unitId} user={user} tab={tab} onTab={setTab} onUnit={setUnit} />;
}

interface UnitAreaForProps {
  unitId: number;
  user: User;
  tab: UnitAreaTab;
  onTab(tab: UnitAreaTab): void;
  onUnit(unitId: number): void;
}

function UnitAreaFor({ unitId, user, tab, onTab, onUnit }: UnitAreaForProps) {
  const { t } = useTranslation();
  const { live, connected, refusal } = useLiveUnit(unitId);
  const report = useUnitReport(unitId);
  const unit = report.data?.unit;
  const organizer = isOrganizer(user);
  const ownUnit = unitId === user.unitId;
  const unitName = unit?.name ?? (ownUnit ? user.unitName : null);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={0} style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Title order={2}>{t('myUnit.title')}</Title>
          {unitName && (
            <Text fw={500} data-testid="my-unit-name">
              {unitName}
            </Text>
          )}
          {unit && unit.ancestry.length > 0 && (
            <Text size="sm" c="dimmed">
              {unit.ancestry.join(' › ')}
            </Text>
          )}
        </Stack>
        <LiveBadge live={live} connected={connected} refusal={refusal} />
      </Group>

      {organizer && <UnitPicker value={unit ?? null} onChange={onUnit} />}
      {!organizer && !ownUnit && user.unitId !== null && (
        <Anchor component={Link} to={unitAreaHref(null, tab)} size="sm" data-testid="my-unit-back">
          {t('myUnit.backToMine', { unit: user.unitName ?? '' })}
        </Anchor>
      )}
      {refusal && (
        <Alert color="yellow" variant="light" data-testid="my-unit-live-refused">
          {refusal}
        </Alert>
      )}

      <Tabs value={tab} onChange={(next) => next && onTab(next as UnitAreaTab)} keepMounted={false}>
        <Tabs.List grow>
          <Tabs.Tab value="people" data-testid="my-unit-tab-people">
            {t('myUnit.tabs.people')}
          </Tabs.Tab>
          <Tabs.Tab value="figures" data-testid="my-unit-tab-figures">
            {t('myUnit.tabs.figures')}
          </Tabs.Tab>
          <Tabs.Tab value="roster" data-testid="my-unit-tab-roster">
            {t('myUnit.tabs.roster')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="people" pt="md">
          <PeopleTab unitId={unitId} report={report} live={live} />
        </Tabs.Panel>
        <Tabs.Panel value="figures" pt="md">
          <FiguresTab unitId={unitId} report={report} />
        </Tabs.Panel>
        <Tabs.Panel value="roster" pt="md">
          <RosterTab unitId={unitId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function LiveBadge({
  live,
  connected,
  refusal,
}: {
  live: boolean;
  connected: boolean;
  refusal: string | null;
}) {
  const { t } = useTranslation();
  const state = live ? 'live' : refusal ? 'refused' : connected ? 'joining' : 'offline';
  return (
    <Tooltip
      label={t(`myUnit.live.${state}Hint`)}
      multiline
      w={260}
      events={{ hover: true, focus: true, touch: true }}
    >
      <Badge
        variant="dot"
        color={live ? 'green' : state === 'offline' ? 'yellow' : 'gray'}
        data-testid="my-unit-live"
        data-state={state}
        style={{ flexShrink: 0 }}
      >
        {t(`myUnit.live.${state}`)}
      </Badge>
    </Tooltip>
  );
}
