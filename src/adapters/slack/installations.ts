import oauth, {
  InvalidStateError,
  type Installation,
  type InstallationQuery,
  type InstallationStore,
  type StateStore,
} from '@slack/oauth';

// @slack/oauth is CommonJS, and Node's ESM loader does not see this export by name (vitest's loader does).
const { ClearStateStore } = oauth;

/**
 * Multi-workspace mode: the ports this adapter needs from outside (the wiring supplies them,
 * database-backed) and the glue that turns them into Bolt's own InstallationStore and
 * StateStore, so the OAuth flow itself stays Bolt's (@slack/oauth's InstallProvider).
 */

/** What is kept per installed workspace; `data` is Bolt's Installation, tokens included. */
interface SlackInstallationRecord {
  workspace: string;
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  data: Record<string, unknown>;
}

/** Installations and OAuth states, kept where every replica sees them (the wiring's database). */
export interface SlackInstallations {
  save(record: SlackInstallationRecord, now: Date): Promise<void>;
  find(workspace: string): Promise<SlackInstallationRecord | undefined>;
  remove(workspace: string): Promise<boolean>;
  rememberState(state: string, expiresAt: Date, now: Date): Promise<void>;
  /** True once per remembered, unexpired state. */
  consumeState(state: string, now: Date): Promise<boolean>;
}

/** A workspace as Slack names it in an event or a query. */
export interface WorkspaceRef {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}

/**
 * The key an installation is kept under, as Bolt looks installations up: an org-wide install by
 * its enterprise, any other by its workspace (team). Undefined when the reference names neither.
 */
export function workspaceKey(ref: WorkspaceRef): string | undefined {
  if (ref.isEnterpriseInstall && ref.enterpriseId) return `E:${ref.enterpriseId}`;
  return ref.teamId ? `T:${ref.teamId}` : undefined;
}

/** Bolt's InstallationStore on our port: Bolt calls it after the code exchange and on every request it authorizes. */
export function boltInstallationStore(
  store: SlackInstallations,
  onSaved: (ref: WorkspaceRef) => void = () => {},
): InstallationStore {
  return {
    async storeInstallation(installation) {
      const ref = {
        teamId: installation.team?.id,
        enterpriseId: installation.enterprise?.id,
        isEnterpriseInstall: installation.isEnterpriseInstall,
      };
      const workspace = workspaceKey(ref);
      if (!workspace) throw new Error('Slack returned an installation without a workspace or an organisation');
      await store.save(
        {
          workspace,
          teamId: ref.teamId,
          enterpriseId: ref.enterpriseId,
          data: installation as unknown as Record<string, unknown>,
        },
        new Date(),
      );
      onSaved(ref);
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const workspace = workspaceKey(query);
      const found = workspace ? await store.find(workspace) : undefined;
      // Bolt turns this into an authorization error: the request is acknowledged and nothing runs.
      if (!found) throw new Error(`the app is not installed in ${workspace ?? 'this workspace'}`);
      return found.data as unknown as Installation<'v2', boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      const workspace = workspaceKey(query);
      if (workspace) await store.remove(workspace);
    },
  };
}

/**
 * OAuth `state` as Bolt's own ClearStateStore makes it (signed with SLACK_STATE_SECRET, ten
 * minutes' life), and in addition good once: each state is remembered when issued and consumed
 * when it comes back, in the shared database, so a replayed or never-issued state is refused on
 * every replica. Bolt also checks the state against the cookie it set in the installer's browser.
 */
export function singleUseStateStore(
  stateSecret: string,
  states: Pick<SlackInstallations, 'rememberState' | 'consumeState'>,
  lifetimeSeconds = 600,
): StateStore {
  const signed = new ClearStateStore(stateSecret, lifetimeSeconds);
  return {
    async generateStateParam(installOptions, now) {
      const state = await signed.generateStateParam(installOptions, now);
      await states.rememberState(state, new Date(now.getTime() + lifetimeSeconds * 1000), now);
      return state;
    },
    async verifyStateParam(now, state) {
      const installOptions = await signed.verifyStateParam(now, state);
      if (!(await states.consumeState(state, now)))
        throw new InvalidStateError('The state parameter was already used, or was not issued here.');
      return installOptions;
    },
  };
}
