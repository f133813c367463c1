/**
 * Test builds only: settings the e2e tests give a page in its address (?suanpan-budget=300, …), so they
 * can see paths a real page rarely takes. Release builds never read the address for them.
 */
function testParam(name: string): string | null {
  return __SUANPAN_TEST__ ? new URL(location.href).searchParams.get(name) : null;
}

/** A positive number asked for as a test parameter, else null. */
export function testNumber(name: string): number | null {
  const asked = Number(testParam(name));
  return asked > 0 ? asked : null;
}
