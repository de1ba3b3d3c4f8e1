# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outcome_codes_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHeaderView, QLabel, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_OutcomeCodesDialog(object):
    def setupUi(self, OutcomeCodesDialog):
        if not OutcomeCodesDialog.objectName():
            OutcomeCodesDialog.setObjectName(u"OutcomeCodesDialog")
        OutcomeCodesDialog.resize(640, 440)
        self.mainLayout = QVBoxLayout(OutcomeCodesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(OutcomeCodesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.codeTable = QTableView(OutcomeCodesDialog)
        self.codeTable.setObjectName(u"codeTable")

        self.mainLayout.addWidget(self.codeTable)

        self.messageLabel = QLabel(OutcomeCodesDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(OutcomeCodesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(OutcomeCodesDialog)

        QMetaObject.connectSlotsByName(OutcomeCodesDialog)
    # setupUi

    def retranslateUi(self, OutcomeCodesDialog):
        OutcomeCodesDialog.setWindowTitle(QCoreApplication.translate("OutcomeCodesDialog", u"Uitkomstcodes van de ronde", None))
        self.introLabel.setText(QCoreApplication.translate("OutcomeCodesDialog", u"Deze nummers staan op de deurlijst en zijn de toetsen bij het invullen. De omschrijving kunt u aanpassen (dubbelklik of F2); de betekenis voor de respons (AAPOR) blijft vast.", None))
    # retranslateUi

