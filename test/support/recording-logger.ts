/** A logger for tests that keeps what was logged, so a test can assert nothing went wrong quietly. */
import type { Logger } from '../../src/app/context.js';

export interface LogEntry {
  readonly level: 'info' | 'warn' | 'error';
  readonly details: object;
  readonly message: string | undefined;
}

export class RecordingLogger implements Logger {
  readonly entries: LogEntry[] = [];
  info(details: object, message?: string): void {
    this.entries.push({ level: 'info', details, message });
  }
  warn(details: object, message?: string): void {
    this.entries.push({ level: 'warn', details, message });
  }
  error(details: object, message?: string): void {
    this.entries.push({ level: 'error', details, message });
  }
  errors(): LogEntry[] {
    return this.entries.filter((entry) => entry.level === 'error');
  }
}
