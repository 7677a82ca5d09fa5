import { useEffect, useState } from 'preact/hooks';
import { EMERGENCY_REASONS } from '../client/vocabulary';
import {
  addGuardian, breakGlass, emergencyVia, loadEmergencyGroups, loadGuardians, myGuardians, removeGuardian,
} from '../care';
import { personName, providerName, roles } from '../state';
import { Notice, blockDay } from './common';

const POWERS = {
  View: 'See my records',
  ManageSharing: 'See my records, and share them or stop sharing them for me',
} as const;

/** The patient's guardians: who, with what powers, until when; add one; end one. */
export function MyGuardians() {
  useEffect(() => { void loadGuardians(); }, [roles.value?.number]);
  const list = myGuardians.value;
  const [guardian, setGuardian] = useState('');
  const [powers, setPowers] = useState<'View' | 'ManageSharing'>('View');
  const [until, setUntil] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section class="card" aria-labelledby="guardians-title">
      <h2 id="guardians-title">Guardians</h2>
      <p class="help">
        Someone you trust (a relative, a carer) who sees your records in their own portal and, if you let them, shares
        them for you. Every grant they make says it was them; you can end a guardianship at any time.
      </p>
      {!list && <Notice>Reading your guardians…</Notice>}
      {list && list.length === 0 && <p>You have no guardian.</p>}
      {list && list.length > 0 && (
        <ul class="records">
          {list.map((g) => (
            <li key={g.guardian} data-testid="guardian">
              <span class="record-name">
                <strong>{personName(g.guardian)}</strong>
                <span class="muted">
                  {POWERS[g.powers]}; {g.until === undefined ? 'until you remove them' : `until ${blockDay(g.until)}`}
                  {g.appointed ? '; appointed by the consortium' : ''}
                </span>
              </span>
              <button class="danger" onClick={() => void removeGuardian(g.guardian)}>Remove<span class="sr-only"> {personName(g.guardian)} as your guardian</span></button>
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={async (e) => {
        e.preventDefault();
        const why = await addGuardian({ guardian, powers, until });
        setProblem(why);
        if (!why) setGuardian('');
      }}>
        <h3>Add a guardian</h3>
        <label for="guardian-who">Their account</label>
        <input id="guardian-who" value={guardian} placeholder="5…" autocomplete="off" spellcheck={false}
          onInput={(e) => setGuardian(e.currentTarget.value)} />
        <fieldset>
          <legend>What they may do</legend>
          {(Object.keys(POWERS) as (keyof typeof POWERS)[]).map((p) => (
            <label class="check" key={p}>
              <input type="radio" name="guardian-powers" checked={powers === p} onChange={() => setPowers(p)} /> {POWERS[p]}
            </label>
          ))}
        </fieldset>
        <label for="guardian-until">Until (optional; the last day)</label>
        <input id="guardian-until" type="date" value={until} onInput={(e) => setUntil(e.currentTarget.value)} />
        {problem && <Notice kind="error">{problem}</Notice>}
        <button class="primary" type="submit">Add the guardian…</button>
      </form>
    </section>
  );
}

/**
 * A clinician's emergency access: for members of a certified provider's group only. The
 * patient's whole record opens to them for a few hours; the patient is told and asked whether
 * it was justified.
 */
export function EmergencyAccess() {
  useEffect(() => { void loadEmergencyGroups(); }, []);
  const groups = emergencyVia.value;
  const [patient, setPatient] = useState('');
  const [reason, setReason] = useState<number | null>(null);
  const [via, setVia] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!groups || groups.length === 0) return null;
  const chosen = via ?? (groups.length === 1 ? groups[0].group : null);
  return (
    <form class="card attention" aria-labelledby="emergency-title" noValidate onSubmit={async (e) => {
      e.preventDefault();
      setProblem(await breakGlass({ patient, reason, via: chosen }));
    }}>
      <h2 id="emergency-title">Emergency access</h2>
      <p class="help">
        For a patient you treat in an emergency who cannot be asked: their whole record opens to you for four hours.
        The patient and their guardians are told at once and asked whether it was justified; a contested access goes to
        the consortium. Your name and your reason are on the record.
      </p>
      <label for="emergency-patient">The patient's MedRec number or account</label>
      <input id="emergency-patient" value={patient} autocomplete="off" spellcheck={false} onInput={(e) => setPatient(e.currentTarget.value)} />
      <fieldset>
        <legend>Why</legend>
        {Object.entries(EMERGENCY_REASONS).map(([code, text]) => (
          <label class="check" key={code}>
            <input type="radio" name="emergency-reason" checked={reason === Number(code)} onChange={() => setReason(Number(code))} /> {text}
          </label>
        ))}
      </fieldset>
      {groups.length > 1 && (
        <>
          <label for="emergency-via">On duty for</label>
          <select id="emergency-via" value={chosen === null ? '' : String(chosen)} onChange={(e) => setVia(Number(e.currentTarget.value))}>
            <option value="">Choose…</option>
            {groups.map((g) => <option key={g.group} value={String(g.group)}>{providerName(g.provider)}, group {g.group}</option>)}
          </select>
        </>
      )}
      {groups.length === 1 && <p>On duty for {providerName(groups[0].provider)} (group {groups[0].group}).</p>}
      {problem && <Notice kind="error">{problem}</Notice>}
      <button class="danger" type="submit">Open the record in an emergency…</button>
    </form>
  );
}
