// AWS's commercial regions, for the region picker. A static list is enough to choose from (asking
// EC2 DescribeRegions would need credentials that work first); a region missing here can still be
// typed with :region NAME.
export const AWS_REGIONS: [code: string, name: string][] = [
  ['us-east-1', 'US East (N. Virginia)'],
  ['us-east-2', 'US East (Ohio)'],
  ['us-west-1', 'US West (N. California)'],
  ['us-west-2', 'US West (Oregon)'],
  ['af-south-1', 'Africa (Cape Town)'],
  ['ap-east-1', 'Asia Pacific (Hong Kong)'],
  ['ap-east-2', 'Asia Pacific (Taipei)'],
  ['ap-south-1', 'Asia Pacific (Mumbai)'],
  ['ap-south-2', 'Asia Pacific (Hyderabad)'],
  ['ap-southeast-1', 'Asia Pacific (Singapore)'],
  ['ap-southeast-2', 'Asia Pacific (Sydney)'],
  ['ap-southeast-3', 'Asia Pacific (Jakarta)'],
  ['ap-southeast-4', 'Asia Pacific (Melbourne)'],
  ['ap-southeast-5', 'Asia Pacific (Malaysia)'],
  ['ap-southeast-7', 'Asia Pacific (Thailand)'],
  ['ap-northeast-1', 'Asia Pacific (Tokyo)'],
  ['ap-northeast-2', 'Asia Pacific (Seoul)'],
  ['ap-northeast-3', 'Asia Pacific (Osaka)'],
  ['ca-central-1', 'Canada (Central)'],
  ['ca-west-1', 'Canada West (Calgary)'],
  ['eu-central-1', 'Europe (Frankfurt)'],
  ['eu-central-2', 'Europe (Zurich)'],
  ['eu-west-1', 'Europe (Ireland)'],
  ['eu-west-2', 'Europe (London)'],
  ['eu-west-3', 'Europe (Paris)'],
  ['eu-south-1', 'Europe (Milan)'],
  ['eu-south-2', 'Europe (Spain)'],
  ['eu-north-1', 'Europe (Stockholm)'],
  ['il-central-1', 'Israel (Tel Aviv)'],
  ['me-south-1', 'Middle East (Bahrain)'],
  ['me-central-1', 'Middle East (UAE)'],
  ['mx-central-1', 'Mexico (Central)'],
  ['sa-east-1', 'South America (São Paulo)'],
];

/** Looks like a region id (us-east-1, eu-central-2, us-gov-west-1, cn-north-1…). */
export const isRegionName = (s: string) => /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(s);

/** The picker's choices: the profile's own region first, then the current one, then AWS's list. */
export function regionChoices(current: string, profileRegion?: string): { value: string; label: string }[] {
  const known = new Map(AWS_REGIONS);
  const first = [...new Set([profileRegion, current].filter((r): r is string => !!r))];
  const rest = AWS_REGIONS.map(([code]) => code).filter((c) => !first.includes(c));
  return [...first, ...rest].map((code) => {
    const tags = [code === current ? 'current' : '', code === profileRegion ? "profile's" : ''].filter(Boolean).join(', ');
    return { value: code, label: `${code.padEnd(16)}${known.get(code) ?? ''}${tags ? `  (${tags})` : ''}` };
  });
}
