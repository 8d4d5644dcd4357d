// Enter in a dialog's search or number field stays the field's. Qt makes the first auto-default push button
// of a dialog its default button when the dialog shows, and Enter anywhere in it then presses that button:
// in the preview Enter in Find closed it, in the change view Enter in the search saved a report.
#pragma once

class QDialog;

// No push button of `dialog` (those there now) is or becomes its default; call again after adding buttons.
void noDefaultButton(QDialog *dialog);
