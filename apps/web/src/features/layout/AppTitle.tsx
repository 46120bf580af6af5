import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { paths } from '../../shared/paths';

export function AppTitle() {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to={paths.home}
      underline="never"
      c="inherit"
      fw={700}
      fz={{ base: 'md', sm: 'lg' }}
      truncate="end"
    >
      {t('app.name')}
    </Anchor>
  );
}
