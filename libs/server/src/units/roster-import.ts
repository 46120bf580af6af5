import { ROSTER_SHEET, type ImportProblem } from '@contest/contracts';
import { foldForSearch, normalizeEmail, normalizePhone } from '@contest/domain';

import { importProblem } from '../spreadsheets/import-problem';
import { sheetColumns, type SheetRead } from '../spreadsheets/sheet-reader';
import { looksLikeFormula } from '../spreadsheets/sheet-text';

const H = ROSTER_SHEET.headers;
const MAX_NAME = 120;

/** A live unit of the roster's subtree, which a row's sub-unit column may name by code or name. */
export interface SubtreeUnit {
  id: number;
  code: string;
  name: string;
}

/** A row's phone and e-mail, where readable: what the conflicts with other units are looked up by. */
export interface RosterContacts {
  row: number;
  phone: string | null;
  email: string | null;
}

export interface RosterRow extends RosterContacts {
  fullName: string;
  unitId: number;
}

/**
 * Checks a staff roster whole: every row needs a name and a phone or e-mail that no other row
 * has, and a sub-unit (code or exact name, blank for the unit itself) inside the roster's unit.
 * Any problem anywhere gives every problem and no entries; `contacts` still holds every readable
 * phone and e-mail, so the report can name the conflicts with other units whatever else is wrong.
 */
export function checkRosterImport(
  sheet: SheetRead,
  rosterUnitId: number,
  subtree: readonly SubtreeUnit[],
): { entries: RosterRow[]; contacts: RosterContacts[]; problems: ImportProblem[] } {
  const problems = [...sheet.problems];
  const columns = sheetColumns(sheet.headers);
  const required = [H.fullName, H.phone, H.email];
  const missing = columns.missing(required);
  if (missing.length) {
    problems.push(
      importProblem(1, null, 'missing_columns', {
        missing: missing.join(', '),
        expected: [...required, H.subUnit].join(', '),
      }),
    );
    return { entries: [], contacts: [], problems };
  }
  if (sheet.rows.length === 0 && problems.length === 0) problems.push(importProblem(0, null, 'no_people'));
  const cell = columns.cell;
  const byCode = new Map(subtree.map((u) => [u.code.toUpperCase(), u.id]));
  const byName = new Map<string, number[]>();
  for (const u of subtree)
    byName.set(foldForSearch(u.name), [...(byName.get(foldForSearch(u.name)) ?? []), u.id]);

  const entries: RosterRow[] = [];
  const contacts: RosterContacts[] = [];
  const rowOfContact = new Map<string, number>();
  for (const { row, cells } of sheet.rows) {
    const before = problems.length;
    const problem = (header: string | null, code: Parameters<typeof importProblem>[2], params = {}) =>
      problems.push(importProblem(row, header, code, params));
    const fullName = cell(cells, H.fullName).replace(/\s+/g, ' ');
    const phoneText = cell(cells, H.phone);
    const emailText = cell(cells, H.email);
    const subUnitText = cell(cells, H.subUnit);

    if (!fullName) problem(H.fullName, 'roster_name_missing');
    else if (fullName.length > MAX_NAME) problem(H.fullName, 'roster_name_too_long', { max: MAX_NAME });
    // A name is a name: "=1+1" is a formula someone pasted, and would run in every export of the list.
    else if (looksLikeFormula(fullName)) problem(H.fullName, 'roster_name_formula', { given: fullName });

    const phone = phoneText ? normalizePhone(phoneText) : null;
    const email = emailText ? normalizeEmail(emailText) : null;
    if (!phoneText && !emailText) problem(null, 'roster_contact_missing');
    if (phoneText && !phone) problem(H.phone, 'roster_phone_invalid', { given: phoneText });
    if (emailText && !email) problem(H.email, 'roster_email_invalid', { given: emailText });
    if (phone || email) contacts.push({ row, phone, email });
    for (const [header, contact] of [
      [H.phone, phone],
      [H.email, email],
    ] as const) {
      if (!contact) continue;
      const first = rowOfContact.get(contact);
      if (first !== undefined) problem(header, 'roster_duplicate_in_file', { contact, row: first });
      else rowOfContact.set(contact, row);
    }

    let unitId = rosterUnitId;
    if (subUnitText) {
      const named = byCode.get(subUnitText.toUpperCase());
      const sameName = byName.get(foldForSearch(subUnitText)) ?? [];
      if (named !== undefined) unitId = named;
      else if (sameName.length === 1) unitId = sameName[0];
      else if (sameName.length > 1) problem(H.subUnit, 'roster_subunit_ambiguous', { given: subUnitText });
      else problem(H.subUnit, 'roster_subunit_unknown', { given: subUnitText });
    }

    if (problems.length === before) entries.push({ row, fullName, phone, email, unitId });
  }
  return problems.length ? { entries: [], contacts, problems } : { entries, contacts, problems };
}
