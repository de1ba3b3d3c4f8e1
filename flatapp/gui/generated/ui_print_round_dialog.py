# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_round_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_PrintRoundDialog(object):
    def setupUi(self, PrintRoundDialog):
        if not PrintRoundDialog.objectName():
            PrintRoundDialog.setObjectName(u"PrintRoundDialog")
        PrintRoundDialog.resize(640, 520)
        self.mainLayout = QVBoxLayout(PrintRoundDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.choiceForm = QFormLayout()
        self.choiceForm.setObjectName(u"choiceForm")
        self.choiceForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.roundLabel = QLabel(PrintRoundDialog)
        self.roundLabel.setObjectName(u"roundLabel")

        self.choiceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roundLabel)

        self.roundCombo = QComboBox(PrintRoundDialog)
        self.roundCombo.setObjectName(u"roundCombo")

        self.choiceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roundCombo)

        self.kindLabel = QLabel(PrintRoundDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.choiceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(PrintRoundDialog)
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.setObjectName(u"kindCombo")

        self.choiceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)


        self.mainLayout.addLayout(self.choiceForm)

        self.optionsStack = QStackedWidget(PrintRoundDialog)
        self.optionsStack.setObjectName(u"optionsStack")
        self.doorListPage = QWidget()
        self.doorListPage.setObjectName(u"doorListPage")
        self.doorListForm = QFormLayout(self.doorListPage)
        self.doorListForm.setObjectName(u"doorListForm")
        self.doorListForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.eveningLabel = QLabel(self.doorListPage)
        self.eveningLabel.setObjectName(u"eveningLabel")

        self.doorListForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.eveningLabel)

        self.eveningCombo = QComboBox(self.doorListPage)
        self.eveningCombo.setObjectName(u"eveningCombo")

        self.doorListForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.eveningCombo)

        self.teamLabel = QLabel(self.doorListPage)
        self.teamLabel.setObjectName(u"teamLabel")

        self.doorListForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamCombo = QComboBox(self.doorListPage)
        self.teamCombo.setObjectName(u"teamCombo")

        self.doorListForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.teamCombo)

        self.doorListHint = QLabel(self.doorListPage)
        self.doorListHint.setObjectName(u"doorListHint")
        self.doorListHint.setWordWrap(True)

        self.doorListForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.doorListHint)

        self.optionsStack.addWidget(self.doorListPage)
        self.formsPage = QWidget()
        self.formsPage.setObjectName(u"formsPage")
        self.formsLayout = QVBoxLayout(self.formsPage)
        self.formsLayout.setObjectName(u"formsLayout")
        self.openHomesRadio = QRadioButton(self.formsPage)
        self.openHomesRadio.setObjectName(u"openHomesRadio")
        self.openHomesRadio.setChecked(True)

        self.formsLayout.addWidget(self.openHomesRadio)

        self.allHomesRadio = QRadioButton(self.formsPage)
        self.allHomesRadio.setObjectName(u"allHomesRadio")

        self.formsLayout.addWidget(self.allHomesRadio)

        self.duplexCheck = QCheckBox(self.formsPage)
        self.duplexCheck.setObjectName(u"duplexCheck")

        self.formsLayout.addWidget(self.duplexCheck)

        self.formsHint = QLabel(self.formsPage)
        self.formsHint.setObjectName(u"formsHint")
        self.formsHint.setWordWrap(True)

        self.formsLayout.addWidget(self.formsHint)

        self.formsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formsLayout.addItem(self.formsSpacer)

        self.optionsStack.addWidget(self.formsPage)
        self.lettersPage = QWidget()
        self.lettersPage.setObjectName(u"lettersPage")
        self.lettersForm = QFormLayout(self.lettersPage)
        self.lettersForm.setObjectName(u"lettersForm")
        self.lettersForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.organisationLabel = QLabel(self.lettersPage)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.lettersForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(self.lettersPage)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.lettersForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.logoLabel = QLabel(self.lettersPage)
        self.logoLabel.setObjectName(u"logoLabel")

        self.lettersForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoEdit = QLineEdit(self.lettersPage)
        self.logoEdit.setObjectName(u"logoEdit")

        self.logoLayout.addWidget(self.logoEdit)

        self.logoButton = QPushButton(self.lettersPage)
        self.logoButton.setObjectName(u"logoButton")

        self.logoLayout.addWidget(self.logoButton)


        self.lettersForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.logoLayout)

        self.letterTextLabel = QLabel(self.lettersPage)
        self.letterTextLabel.setObjectName(u"letterTextLabel")

        self.lettersForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.letterTextLabel)

        self.letterTextEdit = QPlainTextEdit(self.lettersPage)
        self.letterTextEdit.setObjectName(u"letterTextEdit")
        self.letterTextEdit.setTabChangesFocus(True)

        self.lettersForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.letterTextEdit)

        self.lettersHint = QLabel(self.lettersPage)
        self.lettersHint.setObjectName(u"lettersHint")
        self.lettersHint.setWordWrap(True)

        self.lettersForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lettersHint)

        self.optionsStack.addWidget(self.lettersPage)

        self.mainLayout.addWidget(self.optionsStack)

        self.messageLabel = QLabel(PrintRoundDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(PrintRoundDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.printButton = QPushButton(PrintRoundDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.closeButton = QPushButton(PrintRoundDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.roundLabel.setBuddy(self.roundCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.eveningLabel.setBuddy(self.eveningCombo)
        self.teamLabel.setBuddy(self.teamCombo)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.logoLabel.setBuddy(self.logoEdit)
        self.letterTextLabel.setBuddy(self.letterTextEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roundCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.eveningCombo)
        QWidget.setTabOrder(self.eveningCombo, self.teamCombo)
        QWidget.setTabOrder(self.teamCombo, self.openHomesRadio)
        QWidget.setTabOrder(self.openHomesRadio, self.allHomesRadio)
        QWidget.setTabOrder(self.allHomesRadio, self.duplexCheck)
        QWidget.setTabOrder(self.duplexCheck, self.organisationEdit)
        QWidget.setTabOrder(self.organisationEdit, self.logoEdit)
        QWidget.setTabOrder(self.logoEdit, self.logoButton)
        QWidget.setTabOrder(self.logoButton, self.letterTextEdit)
        QWidget.setTabOrder(self.letterTextEdit, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(PrintRoundDialog)

        self.optionsStack.setCurrentIndex(0)
        self.printButton.setDefault(True)


        QMetaObject.connectSlotsByName(PrintRoundDialog)
    # setupUi

    def retranslateUi(self, PrintRoundDialog):
        PrintRoundDialog.setWindowTitle(QCoreApplication.translate("PrintRoundDialog", u"Afdrukken voor de ronde", None))
        self.roundLabel.setText(QCoreApplication.translate("PrintRoundDialog", u"&Ronde", None))
        self.kindLabel.setText(QCoreApplication.translate("PrintRoundDialog", u"&Wat", None))
        self.kindCombo.setItemText(0, QCoreApplication.translate("PrintRoundDialog", u"Deurlijsten per team", None))
        self.kindCombo.setItemText(1, QCoreApplication.translate("PrintRoundDialog", u"Papieren vragenlijsten per woning", None))
        self.kindCombo.setItemText(2, QCoreApplication.translate("PrintRoundDialog", u"Aankondigingsbrieven per woning", None))

        self.eveningLabel.setText(QCoreApplication.translate("PrintRoundDialog", u"&Avond", None))
        self.teamLabel.setText(QCoreApplication.translate("PrintRoundDialog", u"&Team", None))
        self.doorListHint.setText(QCoreApplication.translate("PrintRoundDialog", u"Op de deurlijst staan alleen de deuren die nog open staan: geen gesprek, geen weigering en niet 'niet meer aanbellen'. Namen en antwoorden komen er nooit op.", None))
        self.openHomesRadio.setText(QCoreApplication.translate("PrintRoundDialog", u"Alleen woningen waar nog geen gesprek of weigering is", None))
        self.allHomesRadio.setText(QCoreApplication.translate("PrintRoundDialog", u"Alle woningen van de flat", None))
        self.duplexCheck.setText(QCoreApplication.translate("PrintRoundDialog", u"&Dubbelzijdig (elke woning op eigen vellen)", None))
#if QT_CONFIG(tooltip)
        self.duplexCheck.setToolTip(QCoreApplication.translate("PrintRoundDialog", u"Een vragenlijst met een oneven aantal pagina's krijgt een lege achterkant, zodat bij dubbelzijdig printen geen twee woningen een vel delen.", None))
#endif // QT_CONFIG(tooltip)
        self.formsHint.setText(QCoreApplication.translate("PrintRoundDialog", u"Elke vragenlijst krijgt de woningcode en het adres voorgedrukt, met de vragen in dezelfde volgorde en met dezelfde codes als het invoerscherm.", None))
        self.organisationLabel.setText(QCoreApplication.translate("PrintRoundDialog", u"&Organisatie", None))
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("PrintRoundDialog", u"bijv. Welzijn Sneek", None))
        self.logoLabel.setText(QCoreApplication.translate("PrintRoundDialog", u"&Logo", None))
        self.logoEdit.setPlaceholderText(QCoreApplication.translate("PrintRoundDialog", u"geen logo (PNG of JPG, mag leeg blijven)", None))
        self.logoButton.setText(QCoreApplication.translate("PrintRoundDialog", u"Bladeren\u2026", None))
        self.letterTextLabel.setText(QCoreApplication.translate("PrintRoundDialog", u"Te&kst", None))
        self.lettersHint.setText(QCoreApplication.translate("PrintRoundDialog", u"Elke brief begint met \"Aan de bewoners van\" en het adres. De avonden komen in een kader waar de tekst {avonden} staat, anders v\u00f3\u00f3r de laatste alinea.", None))
        self.saveButton.setText(QCoreApplication.translate("PrintRoundDialog", u"Opslaan als &PDF\u2026", None))
        self.printButton.setText(QCoreApplication.translate("PrintRoundDialog", u"&Afdrukken\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PrintRoundDialog", u"&Sluiten", None))
    # retranslateUi

