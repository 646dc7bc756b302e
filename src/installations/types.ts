/**
 * Where the app is installed: Slack workspaces that added it through OAuth, each with its own
 * tokens. The store keeps a few plain fields to find an installation by, and the installation
 * itself (tokens included) sealed with the key from SLACK_TOKEN_KEY.
 */
export interface InstallationRecord {
  /** What the app looks the installation up by: `T…` for one workspace, `E…` for an org-wide install. */
  workspace: string;
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  /** The installation as the platform handed it over, tokens included; stored sealed. */
  data: Record<string, unknown>;
}

/** The installations and the OAuth states in flight, on either engine. */
export interface InstallationStore {
  readonly engine: 'sqlite' | 'postgres';
  /** Keeps the installation, replacing an earlier one of the same workspace (a re-install brings new tokens). */
  save(record: InstallationRecord, now: Date): Promise<void>;
  find(workspace: string): Promise<InstallationRecord | undefined>;
  /** Forgets the installation and its tokens; true when there was one. */
  remove(workspace: string): Promise<boolean>;
  /** Installations kept, for the start-up log line. */
  count(): Promise<number>;

  /** Remembers an OAuth state handed to a browser, until it expires (and forgets those expired by `now`). */
  rememberState(state: string, expiresAt: Date, now: Date): Promise<void>;
  /** True once for a state that was remembered and has not expired; false for any other, and for the same state again. */
  consumeState(state: string, now: Date): Promise<boolean>;
}
