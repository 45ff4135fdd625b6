// Prints the benchmark results as a table, or as one JSON object with the same figures.

function formatValue(value) {
  return typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 3 }) : String(value);
}

function verdict(row) {
  if (row.met === undefined) return '';
  return row.met ? 'met' : 'MISSED';
}

/** The machine and its load, as the table's first lines. */
export function machineLines(machine) {
  return [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}`,
    `Load average at start: ${machine.loadAverage1m} (figures are noisier on a busy machine)`,
  ];
}

export function printTable(machine, sections) {
  const out = machineLines(machine);
  for (const section of sections) {
    out.push('', section.title);
    const width = Math.max(10, ...section.rows.map((row) => row.name.length));
    const valueWidth = Math.max(8, ...section.rows.map((row) => formatValue(row.value).length));
    for (const row of section.rows) {
      const target = row.target ? `target ${row.target}` : '';
      out.push(`  ${row.name.padEnd(width)}  ${formatValue(row.value).padStart(valueWidth)} ${row.unit.padEnd(16)} ${target.padEnd(18)} ${verdict(row)}`.trimEnd());
    }
    for (const note of section.notes ?? []) out.push(`  note: ${note}`);
  }
  const missed = sections.flatMap((s) => s.rows.filter((row) => row.met === false).map((row) => `${s.id}: ${row.name}`));
  out.push('', missed.length ? `Targets missed (${missed.length}):\n  ${missed.join('\n  ')}` : 'All targets met.');
  console.log(out.join('\n'));
}

export function printJson(machine, sections) {
  console.log(JSON.stringify({ machine, sections }, null, 2));
}
