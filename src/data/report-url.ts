/** Where readers report an error, when the deployment says so (SITE_REPORT_URL, checked by
 * resolveReportUrl): the method page links it. See README, "Deploy". */
import { resolveReportUrl } from '../pure/site-url.ts';

export const REPORT_URL = resolveReportUrl(process.env['SITE_REPORT_URL']);
