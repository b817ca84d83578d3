export type LogLevel = "info" | "warn" | "error";
export type LogLine = { seq: number; at: string; level: LogLevel; message: string };

export type DeploymentLogOptions = {
  /** Lines kept per deployment; older ones are dropped first. */
  linesPerDeployment?: number;
  /** Deployments kept; the one written least recently is dropped first. */
  deployments?: number;
  /** Characters kept of one message. */
  messageChars?: number;
  now?: () => Date;
};

/**
 * The engine's own lines per deployment (load, errors, one summary per request), bounded in lines, message
 * length and deployments. Kept in this process's memory, where the engines run: a restart starts afresh,
 * and the deployment's status history (in the database) keeps what happened before.
 */
export class DeploymentLog {
  /** Changes when the process restarts and seqs start again, so a reader knows to read from 0. */
  readonly epoch = crypto.randomUUID();
  private readonly logs = new Map<string, LogLine[]>();
  private seq = 0;
  private readonly linesPerDeployment: number;
  private readonly deployments: number;
  private readonly messageChars: number;
  private readonly now: () => Date;

  constructor(options: DeploymentLogOptions = {}) {
    this.linesPerDeployment = options.linesPerDeployment ?? 500;
    this.deployments = options.deployments ?? 200;
    this.messageChars = options.messageChars ?? 500;
    this.now = options.now ?? (() => new Date());
  }

  write(deploymentId: string, level: LogLevel, message: string): void {
    const lines = this.logs.get(deploymentId) ?? [];
    // Re-inserted so the Map's order is least recently written first.
    this.logs.delete(deploymentId);
    this.logs.set(deploymentId, lines);
    const text = message.length > this.messageChars ? `${message.slice(0, this.messageChars)}…` : message;
    lines.push({ seq: ++this.seq, at: this.now().toISOString(), level, message: text });
    if (lines.length > this.linesPerDeployment) lines.splice(0, lines.length - this.linesPerDeployment);
    while (this.logs.size > this.deployments) this.logs.delete(this.logs.keys().next().value!);
  }

  /** Oldest first; only lines after `after` (a seq seen before) when given. */
  read(deploymentId: string, after = 0): LogLine[] {
    const lines = this.logs.get(deploymentId) ?? [];
    return lines.filter((line) => line.seq > after);
  }

  drop(deploymentId: string): void {
    this.logs.delete(deploymentId);
  }
}
