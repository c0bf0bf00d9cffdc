package org.scfcodes.page;

/**
 * What one address of the page shows: its title and summary (for the tab, a chat preview
 * and a screen reader), its address in the other language, the status line read out after
 * a lookup, what was asked, and the answer as HTML.
 */
record PageView(String title, String description, String address, String status, String query, String answer) {
}
