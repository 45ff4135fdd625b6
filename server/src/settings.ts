// Settings shared by the language server, the CLI and the client manifest (`cable.*`).

export type RuleSeverity = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface CableSettings {
  diagnostics: {
    /** Turns all diagnostics on or off. */
    enable: boolean;
    /** At most this many problems are reported per file. */
    maxNumberOfProblems: number;
    /** Per-rule severity overrides, keyed by rule code. */
    rules: Record<string, RuleSeverity>;
  };
  inlayHints: {
    /** Decoded dates after the DTG and the DE line's Julian day (off by default: it adds text to lines). */
    enable: boolean;
  };
}

export const defaultSettings: CableSettings = {
  diagnostics: { enable: true, maxNumberOfProblems: 1000, rules: {} },
  inlayHints: { enable: false },
};

const severities: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Reads untrusted settings (from the client or a config file), keeping only valid values. */
export function normaliseSettings(raw: unknown): CableSettings {
  const diagnostics = (raw as { diagnostics?: Record<string, unknown> } | undefined)?.diagnostics ?? {};
  const inlayHints = (raw as { inlayHints?: Record<string, unknown> } | undefined)?.inlayHints ?? {};
  const rules: Record<string, RuleSeverity> = {};
  const rawRules = diagnostics.rules;
  if (rawRules && typeof rawRules === 'object') {
    for (const [code, severity] of Object.entries(rawRules as Record<string, unknown>)) {
      if (typeof severity === 'string' && severities.has(severity)) rules[code] = severity as RuleSeverity;
    }
  }
  const max = diagnostics.maxNumberOfProblems;
  return {
    diagnostics: {
      enable: typeof diagnostics.enable === 'boolean' ? diagnostics.enable : defaultSettings.diagnostics.enable,
      maxNumberOfProblems:
        typeof max === 'number' && Number.isFinite(max) && max >= 0 ? Math.floor(max) : defaultSettings.diagnostics.maxNumberOfProblems,
      rules,
    },
    inlayHints: { enable: typeof inlayHints.enable === 'boolean' ? inlayHints.enable : defaultSettings.inlayHints.enable },
  };
}
