import { useEffect, useState } from 'preact/hooks';
import { IDENTIFIER_KINDS, MIN_LINK_CODE, type IdentifierInput, join, joining, loadJoining, view } from '../state';
import { Notice, medr } from './common';

/**
 * Joining MedRec as a patient: what it is, what it costs (deposits held while registered, and
 * the fee shown before signing), and, if the person wants, an identifier so that their
 * providers find their account. The identifier is hashed here with the provider's link code;
 * only the hash is sent.
 */
export function Onboarding() {
  useEffect(() => { void loadJoining(); }, []);
  const [kind, setKind] = useState(IDENTIFIER_KINDS[0].code);
  const [value, setValue] = useState('');
  const [salt, setSalt] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const j = joining.value;
  const withIdentifier = value.trim() !== '' || salt.trim() !== '';
  const id: IdentifierInput | null = withIdentifier ? { kind, value, salt } : null;
  const submit = async (e: Event) => {
    e.preventDefault();
    setProblem(await join(id));
  };
  return (
    <section class="card onboarding" aria-labelledby="join-title" data-testid="onboarding">
      <h1 id="join-title">Join MedRec as a patient</h1>
      <p>
        Registering gives this account a MedRec number. Your records stay with your doctors and
        hospitals: they point to them for you here, you see them in one place, and you decide
        who else may see them, and until when.
      </p>
      <p class="help">
        Here only for records patients share with you? You need not join: see <button class="link" onClick={() => { view.value = { name: 'shared' }; }}>Shared with me</button>.
      </p>

      <h2>What it costs</h2>
      {!j && <Notice>Reading the deposits from the chain…</Notice>}
      {j && 'error' in j && <Notice kind="error">{j.error}</Notice>}
      {j && 'costs' in j && (
        <>
          <ul class="costs" data-testid="costs">
            <li>A deposit of <strong>{medr(j.costs.registration)}</strong> is held from your account while you are registered, for the storage your registration takes. You get it back when you leave MedRec.</li>
            <li>An identifier holds <strong>{medr(j.costs.perIdentifier)}</strong> more, also returned when you remove it.</li>
            <li>The network fee is shown before you sign, and is not returned.</li>
          </ul>
          <p>This account holds <strong>{medr(j.free)}</strong>.</p>
          {j.free < j.costs.registration + (withIdentifier ? j.costs.perIdentifier : 0n) && (
            <Notice kind="error">This account holds less than the deposits. Add MEDR to it first.</Notice>
          )}
        </>
      )}

      <form onSubmit={submit}>
        <fieldset>
          <legend>Let your providers find you (optional)</legend>
          <p class="help">
            A hospital or clinic finds your account from an identifier it already has for you, such
            as your medical record number. Enter it with the link code the provider gave you: this
            page sends only a fingerprint of the two, from which nobody without the code can tell
            the number. You can add more later.
          </p>
          <label for="id-kind">Kind of identifier</label>
          <select id="id-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
            {IDENTIFIER_KINDS.map((k) => <option key={k.code} value={k.code}>{k.label}</option>)}
          </select>
          <label for="id-value">The identifier</label>
          <input id="id-value" autocomplete="off" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
          <label for="id-salt">Link code from your provider (at least {MIN_LINK_CODE} characters)</label>
          <input id="id-salt" autocomplete="off" value={salt} onInput={(e) => setSalt(e.currentTarget.value)} />
        </fieldset>
        {problem && <Notice kind="error">{problem}</Notice>}
        <div class="actions">
          <button type="submit" class="primary">{withIdentifier ? 'Join with this identifier…' : 'Join…'}</button>
        </div>
      </form>
    </section>
  );
}
