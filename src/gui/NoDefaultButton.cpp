#include "NoDefaultButton.h"

#include <QDialog>
#include <QPushButton>

void noDefaultButton(QDialog *dialog) {
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
}
