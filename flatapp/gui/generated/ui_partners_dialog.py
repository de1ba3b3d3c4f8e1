# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partners_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_PartnersDialog(object):
    def setupUi(self, partnersDialog):
        if not partnersDialog.objectName():
            partnersDialog.setObjectName(u"partnersDialog")
        partnersDialog.resize(1060, 460)
        self.mainLayout = QVBoxLayout(partnersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tierLabel = QLabel(partnersDialog)
        self.tierLabel.setObjectName(u"tierLabel")
        self.tierLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.tierLabel)

        self.introLabel = QLabel(partnersDialog)
        self.introLabel.setObjectName(u"introLabel")

        self.mainLayout.addWidget(self.introLabel)

        self.partnerTable = QTableView(partnersDialog)
        self.partnerTable.setObjectName(u"partnerTable")

        self.mainLayout.addWidget(self.partnerTable)

        self.newRow = QHBoxLayout()
        self.newRow.setObjectName(u"newRow")
        self.partnerNameEdit = QLineEdit(partnersDialog)
        self.partnerNameEdit.setObjectName(u"partnerNameEdit")

        self.newRow.addWidget(self.partnerNameEdit)

        self.addPartnerButton = QPushButton(partnersDialog)
        self.addPartnerButton.setObjectName(u"addPartnerButton")
        self.addPartnerButton.setAutoDefault(False)

        self.newRow.addWidget(self.addPartnerButton)

        self.removePartnerButton = QPushButton(partnersDialog)
        self.removePartnerButton.setObjectName(u"removePartnerButton")
        self.removePartnerButton.setAutoDefault(False)

        self.newRow.addWidget(self.removePartnerButton)

        self.newRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.newRow)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.messageLabel = QLabel(partnersDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.bottomRow.addWidget(self.messageLabel)

        self.closeButton = QPushButton(partnersDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomRow.addWidget(self.closeButton)

        self.bottomRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.bottomRow)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(partnersDialog)

        QMetaObject.connectSlotsByName(partnersDialog)
    # setupUi

    def retranslateUi(self, partnersDialog):
        partnersDialog.setWindowTitle(QCoreApplication.translate("PartnersDialog", u"Partners", None))
        self.introLabel.setText(QCoreApplication.translate("PartnersDialog", u"De corporatie en de huismeester, het jongerenwerk, het buurtplatform, het gebiedsteam, de politie \u2026: elk \u00e9\u00e9n keer. F2 of dubbelklik wijzigt een cel.", None))
        self.partnerNameEdit.setPlaceholderText(QCoreApplication.translate("PartnersDialog", u"naam van een nieuwe partner", None))
        self.addPartnerButton.setText(QCoreApplication.translate("PartnersDialog", u"Partner &toevoegen", None))
        self.removePartnerButton.setText(QCoreApplication.translate("PartnersDialog", u"Partner &verwijderen", None))
        self.closeButton.setText(QCoreApplication.translate("PartnersDialog", u"Sluiten", None))
    # retranslateUi

