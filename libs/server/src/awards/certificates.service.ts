import { Injectable } from '@nestjs/common';

import type { InitiativeDetails, TrackResults } from '@contest/contracts';

import { mayTakeCertificate, mayTakeUnitCertificate } from '../access/access-policy';
import type { SessionUser } from '../accounts/current-user';
import { Sql } from '../database/sql';
import { TracksService } from '../entries/tracks.service';
import { notFound } from '../http/api-error';
import { certificatePdf, type CertificatePage } from './certificate-pdf';
import { TrackResultsService } from './track-results.service';

interface CertificateEntry {
  id: number;
  unitId: number;
  unitName: string;
  submittedBy: number | null;
  unitReview: string | null;
  authors: string[];
  details: InitiativeDetails | null;
}

/**
 * A winning entry's certificates: for each prize it won (a main prize, a side prize), one page
 * per author and, for a group, one for the team. From the published results once there are
 * some; organizers may print from the current ones before the ceremony.
 */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly sql: Sql,
    private readonly tracks: TracksService,
    private readonly results: TrackResultsService,
  ) {}

  async certificate(
    user: SessionUser,
    trackId: number,
    entryId: number,
    person: number | undefined,
  ): Promise<{ pdf: Buffer; fileName: string }> {
    const track = await this.tracks.trackRow(trackId);
    const [entry] = await this.sql.query<CertificateEntry>(
      'certificate-entry',
      `SELECT e.id, e.unit_id AS "unitId", un.name AS "unitName", e.submitted_by AS "submittedBy",
         e.unit_review AS "unitReview", e.authors, e.details
       FROM entries e JOIN units un ON un.id = e.unit_id WHERE e.id = $1 AND e.track_id = $2`,
      [entryId, trackId],
    );
    const frozen = entry ? await this.results.frozen(trackId) : null;
    // Someone else's entry is as absent as a missing one: ids reveal nothing.
    if (!entry || !mayTakeCertificate(user, track, entry, frozen !== null)) throw notFound('entry_not_found');
    const results = frozen ?? (await this.results.compute(trackId));
    const awards = this.awardsOf(results, entryId);
    if (awards.length === 0) throw notFound('certificate_no_prize');
    if (person !== undefined && !entry.authors[person])
      throw notFound('certificate_person_unknown', { person: person + 1 });
    const title = results.standings.find((s) => s.entryId === entryId)?.title ?? '';
    const pages = awards.flatMap((award) => this.pages(entry, award, title, person));
    const pdf = await certificatePdf({
      contestName: results.contestName,
      trackTitle: results.trackTitle,
      issuedAt: results.publishedAt ? new Date(results.publishedAt) : new Date(),
      pages,
    });
    const whose = person === undefined ? '' : ` - ${entry.authors[person]}`;
    return { pdf, fileName: `Giấy chứng nhận - ${title}${whose}.pdf` };
  }

  /** A unit's collective prize certificate, from the published results (organizers: the current ones). */
  async unitCertificate(
    user: SessionUser,
    trackId: number,
    unitId: number,
  ): Promise<{ pdf: Buffer; fileName: string }> {
    await this.tracks.trackRow(trackId);
    const frozen = await this.results.frozen(trackId);
    // Another unit's certificate is as absent as a missing one.
    if (!mayTakeUnitCertificate(user, unitId, frozen !== null)) throw notFound('unit_not_found');
    const results = frozen ?? (await this.results.compute(trackId));
    const unit = results.units.find((u) => u.unitId === unitId);
    if (!unit?.prize) throw notFound('certificate_no_prize');
    const pdf = await certificatePdf({
      contestName: results.contestName,
      trackTitle: results.trackTitle,
      issuedAt: results.publishedAt ? new Date(results.publishedAt) : new Date(),
      pages: [
        {
          name: unit.unitName,
          detail: 'Tập thể',
          award: unit.prize.label,
          reason: `với ${unit.judged} sáng kiến được chấm tại ${results.trackTitle}`,
        },
      ],
    });
    return { pdf, fileName: `Giấy chứng nhận - ${unit.unitName}.pdf` };
  }

  /** "Giải Nhất", then each side prize the entry won. */
  private awardsOf(results: TrackResults, entryId: number): string[] {
    const main = results.standings.find((s) => s.entryId === entryId)?.prize?.label;
    return [
      ...(main ? [main] : []),
      ...results.sidePrizes.filter((s) => s.entryId === entryId).map((s) => s.label),
    ];
  }

  private pages(
    entry: CertificateEntry,
    award: string,
    entryTitle: string,
    person: number | undefined,
  ): CertificatePage[] {
    const unitOf = (i: number) => entry.details?.authors[i]?.unitName || entry.unitName;
    const reason = `với sáng kiến «${entryTitle}»`;
    const people = entry.authors
      .map((name, i) => ({ name, detail: unitOf(i), award, reason, i }))
      .filter((p) => person === undefined || p.i === person)
      .map(({ i: _i, ...page }) => page);
    if (entry.authors.length < 2 || person !== undefined) return people;
    // The team's page names its people, the unit beneath: in large type a unit's name read as if
    // the unit had won.
    return [
      { name: entry.authors.join(', '), detail: `Nhóm tác giả · ${entry.unitName}`, award, reason },
      ...people,
    ];
  }
}
