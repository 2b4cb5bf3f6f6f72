/**
 * The chart's state in words, for screen readers (announced politely as steps change) and
 * for anyone who cannot see the picture. Every number comes from the data, and the
 * comparisons show their arithmetic.
 */
import { formatHashrate, significant } from '../../../lib/format';
import { formatCount, formatMultiple, formatYears } from '../../../lib/ratio';
import { formatDate } from '../../../lib/time';
import { KIND_LABEL, improvement, oneMachine, shortName, type EfficiencyData, type EfficiencyDevice, type Improvement } from './model';
import { ONE_MACHINE, type EfficiencyState } from './state';

const joules = (value: number) => `${significant(value, 3)} J/TH`;
const hashrate = (ths: number) => formatHashrate(ths * 1e12, 3);

/** "Phenom II X6 (CPU, 2010): 5,680,000 J/TH, computed here from 125 W ÷ 0.000022 TH/s". */
export function describeDevice(device: EfficiencyDevice): string {
  const base = `${shortName(device.device)} (${KIND_LABEL[device.kind]}, ${formatDate(device.date)}): ${joules(device.joulesPerTh)}`;
  if (!device.derived) return base;
  const how = device.powerW !== null && device.hashrateThs !== null ? `: ${significant(device.powerW, 4)} W ÷ ${device.hashrateThs} TH/s` : '';
  return `${base}, computed here from power ÷ hashrate${how}`;
}

function describeImprovement(change: Improvement): string {
  return `${shortName(change.from.device)} → ${shortName(change.to.device)}: ${significant(change.from.joulesPerTh, 3)} ÷ ${significant(change.to.joulesPerTh, 3)} J/TH = ${formatMultiple(change.factor)} less energy per hash in ${formatYears(change.years)} (${formatDate(change.from.date)} to ${formatDate(change.to.date)}), about ${formatMultiple(change.perYear)} a year`;
}

export function describeEfficiency(state: EfficiencyState, data: EfficiencyData): string {
  const shown = data.devices.filter((device) => state.shown.includes(device.id));
  const first = shown[0];
  const last = shown[shown.length - 1];
  const parts: string[] = [];
  if (first && last) {
    parts.push(
      `Energy used per terahash by Bitcoin mining hardware, in joules on a logarithmic scale (lower is better), by release date: ${shown.length} devices from ${formatDate(first.date)} to ${formatDate(last.date)}.`,
    );
  }
  switch (state.step) {
    case 'joules-per-hash':
      parts.push(`${shown.map(describeDevice).join('; ')}.`);
      break;
    case 'asic-leap': {
      const change = improvement(data, state.highlight[0]!, state.highlight[1]!);
      const asics = shown.filter((device) => device.kind === 'asic');
      parts.push(`The first ASICs: ${asics.map(describeDevice).join('; ')}.`);
      parts.push(`${describeImprovement(change)}.`);
      break;
    }
    case 'slowing-gains': {
      // In release order (the state lists the span's ends first).
      const later = data.devices.filter((device) => state.highlight.includes(device.id));
      parts.push(`The later machines: ${later.map(describeDevice).join('; ')}.`);
      const steps = later.slice(1).map((device, index) => {
        const change = improvement(data, later[index]!.id, device.id);
        return `${shortName(change.from.device)} → ${shortName(change.to.device)} ${formatMultiple(change.factor)} in ${formatYears(change.years)}`;
      });
      parts.push(`Step by step: ${steps.join('; ')}.`);
      const [earlier, recent] = state.spans.map((span) => improvement(data, span.from, span.to));
      if (earlier && recent) {
        parts.push(`Gains are slowing. ${describeImprovement(earlier)}. ${describeImprovement(recent)}.`);
      }
      break;
    }
    case 'one-machine': {
      const one = oneMachine(data, ONE_MACHINE.machine, ONE_MACHINE.cpu);
      const machine = shortName(one.machine.device);
      parts.push(
        `One ${machine} (${formatDate(one.machine.date)}, ${hashrate(one.machineThs)}) hashes as fast as ${formatCount(one.cpus)} ${shortName(one.cpu.device)} desktop CPUs of ${formatDate(one.cpu.date)}: ${hashrate(one.machineThs)} ÷ ${hashrate(one.cpuThs)} = ${Math.round(one.cpus).toLocaleString('en-US')}.`,
      );
      parts.push(
        `It also equals ${formatCount(one.networks)} copies of the whole ${one.network.year} network: ${hashrate(one.machineThs)} ÷ ${hashrate(one.network.meanThs)} (the mean of ${one.network.year}'s ${one.network.months} monthly means) = ${Math.round(one.networks).toLocaleString('en-US')}.`,
      );
      parts.push(
        `And each of its hashes takes ${formatCount(one.energyFactor)} times less energy: ${joules(one.cpu.joulesPerTh)} ÷ ${joules(one.machine.joulesPerTh)} = ${Math.round(one.energyFactor).toLocaleString('en-US')}.`,
      );
      break;
    }
  }
  return parts.join(' ');
}
