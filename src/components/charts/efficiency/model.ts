/**
 * The data the efficiency chart draws, as passed from the build to the browser, and the
 * comparisons it makes: every number is arithmetic on these rows.
 */
import { perYearFactor, yearsBetween } from '../../../lib/ratio';

export type DeviceKind = 'cpu' | 'gpu' | 'fpga' | 'asic';

export const KIND_LABEL: Readonly<Record<DeviceKind, string>> = { cpu: 'CPU', gpu: 'GPU', fpga: 'FPGA', asic: 'ASIC' };

export interface EfficiencyDevice {
  id: string;
  /** The device's name as the dataset gives it. */
  device: string;
  kind: DeviceKind;
  /** Release date as the source gives it (YYYY, YYYY-Qn or YYYY-MM). */
  date: string;
  t: number;
  /** TH/s, or null where the source does not say. */
  hashrateThs: number | null;
  /** W, or null where the source does not say. */
  powerW: number | null;
  /** Energy per terahash (J/TH). */
  joulesPerTh: number;
  /** True when this project computed the efficiency as power ÷ hashrate. */
  derived: boolean;
  sourceId: string;
}

/** The network's mean hashrate over one year: the mean of that year's monthly means. */
export interface NetworkYear {
  year: number;
  /** TH/s. */
  meanThs: number;
  months: number;
}

export interface EfficiencyData {
  /** In release order. */
  devices: EfficiencyDevice[];
  /** The 2009 network, for "as many hashes as N copies of the whole network". */
  network: NetworkYear;
}

/** 1 EH/s in TH/s. */
export const THS_PER_EHS = 1e6;

/** "AMD Phenom II X6 (6-core desktop CPU)" → "Phenom II X6"; "Bitmain Antminer S9" → "Antminer S9". */
export function shortName(device: string): string {
  return device
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/^(AMD|Bitmain|Canaan|Open-source)\s+/i, '')
    .trim();
}

/** Shorter still, for narrow screens and notes: "Antminer S19 XP" → "S19 XP". */
export function compactName(device: string): string {
  return shortName(device).replace(/^Antminer\s+/i, '');
}

/** Devices that are the first of their kind (in release order) are tagged with it: "Avalon · ASIC". */
export function firstOfKind(devices: readonly EfficiencyDevice[]): Set<string> {
  const seen = new Set<DeviceKind>();
  const first = new Set<string>();
  for (const device of [...devices].sort((a, b) => a.t - b.t)) {
    if (seen.has(device.kind)) continue;
    seen.add(device.kind);
    first.add(device.id);
  }
  return first;
}

/** The label drawn next to a device's dot. */
export function deviceLabel(device: EfficiencyDevice, compact: boolean, tagKind: boolean): string {
  const name = compact ? compactName(device.device) : shortName(device.device);
  const kind = KIND_LABEL[device.kind];
  return tagKind && !name.toUpperCase().includes(kind) ? `${name} · ${kind}` : name;
}

export function deviceById(data: EfficiencyData, id: string): EfficiencyDevice {
  const device = data.devices.find((candidate) => candidate.id === id);
  if (!device) throw new Error(`Efficiency chart: no device "${id}" in the mining-hardware dataset`);
  return device;
}

/** How much less energy per hash `to` needs than `from`, over how long. */
export interface Improvement {
  from: EfficiencyDevice;
  to: EfficiencyDevice;
  /** from J/TH ÷ to J/TH. */
  factor: number;
  years: number;
  /** The steady yearly factor that compounds to `factor` over `years`. */
  perYear: number;
}

export function improvement(data: EfficiencyData, fromId: string, toId: string): Improvement {
  const from = deviceById(data, fromId);
  const to = deviceById(data, toId);
  const factor = from.joulesPerTh / to.joulesPerTh;
  const years = yearsBetween(from.t, to.t);
  return { from, to, factor, years, perYear: perYearFactor(factor, years) };
}

/** One machine against the past: how many CPUs, and how many 2009 networks, it equals. */
export interface OneMachine {
  machine: EfficiencyDevice;
  cpu: EfficiencyDevice;
  machineThs: number;
  cpuThs: number;
  /** machine TH/s ÷ CPU TH/s. */
  cpus: number;
  network: NetworkYear;
  /** machine TH/s ÷ the network's mean TH/s. */
  networks: number;
  /** CPU J/TH ÷ machine J/TH: how much less energy each hash takes. */
  energyFactor: number;
}

export function oneMachine(data: EfficiencyData, machineId: string, cpuId: string): OneMachine {
  const machine = deviceById(data, machineId);
  const cpu = deviceById(data, cpuId);
  if (machine.hashrateThs === null || cpu.hashrateThs === null) {
    throw new Error(`Efficiency chart: "${machineId}" and "${cpuId}" both need a hashrate for the one-machine comparison`);
  }
  return {
    machine,
    cpu,
    machineThs: machine.hashrateThs,
    cpuThs: cpu.hashrateThs,
    cpus: machine.hashrateThs / cpu.hashrateThs,
    network: data.network,
    networks: machine.hashrateThs / data.network.meanThs,
    energyFactor: cpu.joulesPerTh / machine.joulesPerTh,
  };
}
