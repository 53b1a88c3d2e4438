/** Every page is built to a file ahead of time, so the app runs from any static host. */
export const prerender = true;
/** Pages are rendered at build time too, so something shows before the script runs. */
export const ssr = true;
/** Addresses have no slash at the end, such as /reflect rather than /reflect/. */
export const trailingSlash = 'never';
