import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { routeUrl } from '../../api';

interface CertificateLinksProps {
  trackId: number;
  entryId: number;
  /** The entry's authors: a group gets every author's page and the team's, or one author's alone. */
  authors: readonly string[];
  size?: 'xs' | 'sm';
  /** In a table row: a short label, the full one read out. */
  compact?: boolean;
}

/** Downloads a winning entry's certificates as PDF: the whole set, or one author's page. */
export function CertificateLinks({ trackId, entryId, authors, size = 'xs', compact }: CertificateLinksProps) {
  const { t } = useTranslation();
  const label = t(compact ? 'awards.certificate.short' : 'awards.certificate.download');
  const url = (person?: number) =>
    routeUrl('certificate', { params: { trackId, entryId }, query: person === undefined ? {} : { person } });
  if (authors.length < 2)
    return (
      <Button
        component="a"
        href={url()}
        download
        size={size}
        variant="light"
        aria-label={t('awards.certificate.download')}
        data-testid="certificate-download"
      >
        {label}
      </Button>
    );
  return (
    <Menu position="bottom-end" withinPortal shadow="sm">
      <Menu.Target>
        <Button
          size={size}
          variant="light"
          rightSection="▾"
          aria-label={t('awards.certificate.download')}
          data-testid="certificate-menu"
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown maw={320}>
        <Menu.Item component="a" href={url()} download data-testid="certificate-download">
          {t('awards.certificate.all', { count: authors.length })}
        </Menu.Item>
        <Menu.Label>{t('awards.certificate.onePerson')}</Menu.Label>
        {authors.map((name, person) => (
          <Menu.Item
            key={`${person}-${name}`}
            component="a"
            href={url(person)}
            download
            data-testid="certificate-person"
          >
            {name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** A unit's collective prize certificate as PDF (one page). */
export function UnitCertificateLink({
  trackId,
  unitId,
  size = 'xs',
  compact,
}: {
  trackId: number;
  unitId: number;
  size?: 'xs' | 'sm';
  compact?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      href={routeUrl('unitCertificate', { params: { trackId, unitId } })}
      download
      size={size}
      variant="light"
      aria-label={t('awards.certificate.download')}
      data-testid="unit-certificate-download"
    >
      {t(compact ? 'awards.certificate.short' : 'awards.certificate.download')}
    </Button>
  );
}
