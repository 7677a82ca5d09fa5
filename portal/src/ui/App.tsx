import { useEffect } from 'preact/hooks';
import { account, chain, connect, isMember, received, registered, roles, unread, view, wardList, type View } from '../state';
import { Clinician } from './ClinicianTabs';
import { Connect } from './Connect';
import { Consortium } from './Consortium';
import { WardRecord, Wards } from './Guardian';
import { Onboarding } from './Onboarding';
import { Provider } from './Provider';
import { History, MyRecord, PatientHome, Sharing } from './Patient';
import { Research } from './Research';
import { TxPanel, shortAccount } from './common';

const TABS: { name: View['name']; label: string }[] = [
  { name: 'home', label: 'My records' },
  { name: 'sharing', label: 'Sharing' },
  { name: 'history', label: 'Who saw my records' },
  { name: 'shared', label: 'Shared with me' },
  { name: 'wards', label: 'People I act for' },
  { name: 'provider', label: 'Provider desk' },
  { name: 'research', label: 'Research' },
  { name: 'consortium', label: 'Consortium' },
];

export function App() {
  useEffect(() => { void connect(); }, []);
  const a = account.value;
  const v = view.value;
  const current = v.name === 'record' ? 'home' : v.name === 'shared-record' ? 'shared' : v.name === 'ward-record' ? 'wards' : v.name;
  // A guardian's tab only for guardians, the research desk for researchers, the consortium's for members.
  // An account that is no patient has nothing to share and no access history: it is offered to join.
  const patient = registered.value !== false;
  const shown: Partial<Record<View['name'], boolean>> = {
    sharing: patient, history: patient,
    wards: wardList.value.length > 0, provider: !!roles.value?.provider, research: !!roles.value?.researcher, consortium: isMember.value,
  };
  const tabs = TABS.filter((t) => shown[t.name] ?? true);
  return (
    <>
      <header class="top">
        <span class="brand">MedRec</span>
        {a && (
          <span class="who">
            <span class="mono" title={a.address}>{a.name ? `${a.name} · ` : ''}{shortAccount(a.address)}</span>
            <span class="count" aria-label={`${unread.value} notifications`} data-testid="unread">{unread.value}</span>
          </span>
        )}
      </header>
      {a && (
        <nav aria-label="Sections">
          <ul>
            {tabs.map((t) => (
              <li key={t.name}>
                <button aria-current={current === t.name ? 'page' : undefined} onClick={() => { view.value = { name: t.name } as View; }}>
                  {t.name === 'home' && !patient ? 'Join as a patient' : t.label}{t.name === 'shared' && received.value.length > 0 ? ` (${received.value.length})` : ''}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main>
        <TxPanel />
        {!a || !chain.value ? <Connect /> : <Screen v={v} />}
      </main>
    </>
  );
}

function Screen({ v }: { v: View }) {
  switch (v.name) {
    // An account that is no patient yet is asked to join, with what it costs.
    case 'home': return registered.value === false ? <Onboarding /> : <PatientHome />;
    case 'record': return <MyRecord pointer={v.pointer} />;
    case 'sharing': return <Sharing pointer={v.pointer} />;
    case 'history': return <History />;
    case 'wards': return <Wards />;
    case 'research': return <Research />;
    case 'consortium': return <Consortium />;
    case 'provider': return <Provider />;
    case 'ward-record': return <WardRecord patient={v.patient} pointer={v.pointer} />;
    default: return <Clinician v={v} />;
  }
}
