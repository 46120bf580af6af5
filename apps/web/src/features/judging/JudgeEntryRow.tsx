import type { JudgeEntry } from '@contest/contracts';
import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { formatDecimal } from '../../lib/format';
import { viewableMedia } from '../../shared/entry-media';
import { paths } from '../../shared/paths';
import { useNarrowScreen } from '../../shared/use-narrow-screen';
import { EntryThumbnail } from './EntryThumbnail';
import { entryProgress } from './judge-progress';
import { ProgressBadge } from './ProgressBadge';
import classes from './JudgeEntryRow.module.css';

/** One line of the judge's list: their place for it, the clip's still, and how far their sheet is. */
export function JudgeEntryRow({ sheet, judgePoints }: { sheet: JudgeEntry; judgePoints: number }) {
  const { t, i18n } = useTranslation();
  const narrow = useNarrowScreen();
  const progress = entryProgress(sheet);
  const scored = sheet.scores.filter((s) => s.points !== null).length;
  return (
    <li>
      <UnstyledButton
        component={Link}
        to={paths.scoreSheet(sheet.assignmentId)}
        className={classes.row}
        data-testid="judge-entry"
        data-progress={progress}
      >
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Text size="sm" c="dimmed" w={16} ta="right" style={{ flexShrink: 0 }}>
            {sheet.order}
          </Text>
          <EntryThumbnail
            src={viewableMedia(sheet.entry).thumbnailUrl}
            width={narrow ? 72 : 104}
            withdrawn={sheet.entry.status === 'withdrawn'}
            text={
              sheet.entry.initiative ? t(`initiatives.judge.tile.${sheet.entry.initiative.form}`) : undefined
            }
          />
          <Stack gap={4} miw={0} style={{ flex: 1 }}>
            <Text size="sm" fw={600}>
              {sheet.entry.title}
            </Text>
            <Text size="xs" c="dimmed">
              {sheet.entry.unitName}
            </Text>
            <Group gap="xs" wrap="wrap" preventGrowOverflow={false}>
              <ProgressBadge progress={progress} />
              {progress === 'done' && sheet.total !== null && (
                <Text size="sm" fw={500} data-testid="judge-entry-total">
                  {t('judging.ownTotal', {
                    total: formatDecimal(sheet.total, i18n.language),
                    max: formatDecimal(judgePoints, i18n.language),
                  })}
                </Text>
              )}
              {progress === 'started' && (
                <Text size="xs" c="dimmed">
                  {t('judging.criteriaScored', { scored, count: sheet.scores.length })}
                </Text>
              )}
            </Group>
          </Stack>
        </Group>
      </UnstyledButton>
    </li>
  );
}
