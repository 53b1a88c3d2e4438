// Finds what the WebKit journeys need: WebKitGTK's WebDriver server and a virtual display.
import { existsSync } from 'node:fs';

/** Paths to WebKitWebDriver and Xvfb (WEBKIT_WEBDRIVER overrides the first), or null when either is missing. */
export function findWebKitTools() {
	const driver = [process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver'].find((path) => path && existsSync(path));
	const display = ['/usr/bin/Xvfb'].find((path) => existsSync(path));
	return driver && display ? { driver, display } : null;
}

/** How to get them on Debian or Ubuntu. */
export const WEBKIT_INSTALL = 'sudo apt-get install -y webkit2gtk-driver xvfb';
