// Finds what the WebKit journeys need: WebKitGTK's WebDriver server and a virtual display.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

function isProgram(path) {
	try {
		accessSync(path, constants.X_OK);
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

/** The first executable called `name` on PATH, as `command -v` finds it, or undefined. */
function onPath(name) {
	return (process.env.PATH ?? '')
		.split(delimiter)
		.filter(Boolean)
		.map((dir) => join(dir, name))
		.find(isProgram);
}

/** Paths to WebKitWebDriver and Xvfb (WEBKIT_WEBDRIVER, when it names a program, comes first), or null when either is missing. */
export function findWebKitTools() {
	const override = process.env.WEBKIT_WEBDRIVER;
	const driver = override && isProgram(override) ? override : onPath('WebKitWebDriver');
	const display = onPath('Xvfb');
	return driver && display ? { driver, display } : null;
}

/** How to get them on Debian or Ubuntu. */
export const WEBKIT_INSTALL = 'sudo apt-get install -y webkit2gtk-driver xvfb';
