# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quote_approval_dialog.ui'
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
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_QuoteApprovalDialog(object):
    def setupUi(self, QuoteApprovalDialog):
        if not QuoteApprovalDialog.objectName():
            QuoteApprovalDialog.setObjectName(u"QuoteApprovalDialog")
        QuoteApprovalDialog.resize(1040, 620)
        self.mainLayout = QVBoxLayout(QuoteApprovalDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(QuoteApprovalDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.stack = QStackedWidget(QuoteApprovalDialog)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)
        self.workPage = QWidget()
        self.workPage.setObjectName(u"workPage")
        self.workLayout = QHBoxLayout(self.workPage)
        self.workLayout.setObjectName(u"workLayout")
        self.workLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.workPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listSide = QWidget(self.splitter)
        self.listSide.setObjectName(u"listSide")
        self.listLayout = QVBoxLayout(self.listSide)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 6, 0)
        self.listLabel = QLabel(self.listSide)
        self.listLabel.setObjectName(u"listLabel")

        self.listLayout.addWidget(self.listLabel)

        self.quoteTable = QTableView(self.listSide)
        self.quoteTable.setObjectName(u"quoteTable")

        self.listLayout.addWidget(self.quoteTable)

        self.summaryLabel = QLabel(self.listSide)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.listLayout.addWidget(self.summaryLabel)

        self.splitter.addWidget(self.listSide)
        self.detailSide = QWidget(self.splitter)
        self.detailSide.setObjectName(u"detailSide")
        self.detailLayout = QVBoxLayout(self.detailSide)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(6, 0, 0, 0)
        self.originalLabel = QLabel(self.detailSide)
        self.originalLabel.setObjectName(u"originalLabel")

        self.detailLayout.addWidget(self.originalLabel)

        self.originalEdit = QPlainTextEdit(self.detailSide)
        self.originalEdit.setObjectName(u"originalEdit")
        self.originalEdit.setReadOnly(True)
        self.originalEdit.setTabChangesFocus(True)
        self.originalEdit.setMaximumSize(QSize(16777215, 110))

        self.detailLayout.addWidget(self.originalEdit)

        self.publicHeaderLayout = QHBoxLayout()
        self.publicHeaderLayout.setObjectName(u"publicHeaderLayout")
        self.publicLabel = QLabel(self.detailSide)
        self.publicLabel.setObjectName(u"publicLabel")

        self.publicHeaderLayout.addWidget(self.publicLabel)

        self.publicHeaderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.publicHeaderLayout.addItem(self.publicHeaderSpacer)

        self.counterLabel = QLabel(self.detailSide)
        self.counterLabel.setObjectName(u"counterLabel")

        self.publicHeaderLayout.addWidget(self.counterLabel)


        self.detailLayout.addLayout(self.publicHeaderLayout)

        self.publicEdit = QPlainTextEdit(self.detailSide)
        self.publicEdit.setObjectName(u"publicEdit")
        self.publicEdit.setTabChangesFocus(True)
        self.publicEdit.setMaximumSize(QSize(16777215, 200))

        self.detailLayout.addWidget(self.publicEdit)

        self.hintsLabel = QLabel(self.detailSide)
        self.hintsLabel.setObjectName(u"hintsLabel")
        self.hintsLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.hintsLabel)

        self.decisionLabel = QLabel(self.detailSide)
        self.decisionLabel.setObjectName(u"decisionLabel")
        self.decisionLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.decisionLabel)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)

        self.decideLayout = QHBoxLayout()
        self.decideLayout.setObjectName(u"decideLayout")
        self.decideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decideLayout.addItem(self.decideSpacer)

        self.rejectButton = QPushButton(self.detailSide)
        self.rejectButton.setObjectName(u"rejectButton")
        self.rejectButton.setAutoDefault(False)

        self.decideLayout.addWidget(self.rejectButton)

        self.approveButton = QPushButton(self.detailSide)
        self.approveButton.setObjectName(u"approveButton")
        self.approveButton.setAutoDefault(False)

        self.decideLayout.addWidget(self.approveButton)


        self.detailLayout.addLayout(self.decideLayout)

        self.splitter.addWidget(self.detailSide)

        self.workLayout.addWidget(self.splitter)

        self.stack.addWidget(self.workPage)

        self.mainLayout.addWidget(self.stack)

        self.messageLabel = QLabel(QuoteApprovalDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.keysLabel = QLabel(QuoteApprovalDialog)
        self.keysLabel.setObjectName(u"keysLabel")

        self.buttonLayout.addWidget(self.keysLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(QuoteApprovalDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.quoteTable)
        self.publicLabel.setBuddy(self.publicEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.quoteTable, self.publicEdit)
        QWidget.setTabOrder(self.publicEdit, self.approveButton)
        QWidget.setTabOrder(self.approveButton, self.rejectButton)
        QWidget.setTabOrder(self.rejectButton, self.originalEdit)
        QWidget.setTabOrder(self.originalEdit, self.closeButton)

        self.retranslateUi(QuoteApprovalDialog)

        self.stack.setCurrentIndex(1)


        QMetaObject.connectSlotsByName(QuoteApprovalDialog)
    # setupUi

    def retranslateUi(self, QuoteApprovalDialog):
        QuoteApprovalDialog.setWindowTitle(QCoreApplication.translate("QuoteApprovalDialog", u"Citaten beoordelen", None))
        self.introLabel.setText(QCoreApplication.translate("QuoteApprovalDialog", u"Een verhaal komt alleen op de poster als de bewoner toestemming gaf \u00e9n u de tekst goedkeurt. Haal namen, huisnummers en andere details weg die naar \u00e9\u00e9n woning of persoon wijzen.", None))
        self.emptyLabel.setText(QCoreApplication.translate("QuoteApprovalDialog", u"In deze ronde zijn nog geen verhalen waarvoor de bewoner toestemming gaf. Zodra een ingevoerd gesprek een verhaal heeft (vraag VH1) en de bewoner 'ja' zei op het tonen ervan (vraag VH2), staat het hier om te beoordelen.", None))
        self.listLabel.setText(QCoreApplication.translate("QuoteApprovalDialog", u"&Verhalen met toestemming", None))
        self.originalLabel.setText(QCoreApplication.translate("QuoteApprovalDialog", u"Wat de bewoner vertelde (zoals ingevoerd)", None))
        self.publicLabel.setText(QCoreApplication.translate("QuoteApprovalDialog", u"&Tekst voor de poster", None))
        self.rejectButton.setText(QCoreApplication.translate("QuoteApprovalDialog", u"Af&wijzen", None))
        self.approveButton.setText(QCoreApplication.translate("QuoteApprovalDialog", u"&Goedkeuren", None))
        self.keysLabel.setText(QCoreApplication.translate("QuoteApprovalDialog", u"Ctrl+Enter keurt de tekst goed en gaat naar het volgende verhaal.", None))
        self.closeButton.setText(QCoreApplication.translate("QuoteApprovalDialog", u"&Sluiten", None))
    # retranslateUi

