# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_entry.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_InterviewEntry(object):
    def setupUi(self, InterviewEntry):
        if not InterviewEntry.objectName():
            InterviewEntry.setObjectName(u"InterviewEntry")
        InterviewEntry.resize(1000, 700)
        self.mainLayout = QVBoxLayout(InterviewEntry)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(InterviewEntry)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.countLabel = QLabel(InterviewEntry)
        self.countLabel.setObjectName(u"countLabel")

        self.titleLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.titleLayout)

        self.draftBanner = QFrame(InterviewEntry)
        self.draftBanner.setObjectName(u"draftBanner")
        self.draftBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.draftLayout = QHBoxLayout(self.draftBanner)
        self.draftLayout.setObjectName(u"draftLayout")
        self.draftLabel = QLabel(self.draftBanner)
        self.draftLabel.setObjectName(u"draftLabel")
        self.draftLabel.setWordWrap(True)

        self.draftLayout.addWidget(self.draftLabel)

        self.resumeButton = QPushButton(self.draftBanner)
        self.resumeButton.setObjectName(u"resumeButton")

        self.draftLayout.addWidget(self.resumeButton)

        self.dismissButton = QPushButton(self.draftBanner)
        self.dismissButton.setObjectName(u"dismissButton")

        self.draftLayout.addWidget(self.dismissButton)


        self.mainLayout.addWidget(self.draftBanner)

        self.homeFrame = QFrame(InterviewEntry)
        self.homeFrame.setObjectName(u"homeFrame")
        self.homeFrame.setFrameShape(QFrame.Shape.NoFrame)
        self.homeLayout = QGridLayout(self.homeFrame)
        self.homeLayout.setObjectName(u"homeLayout")
        self.homeLabel = QLabel(self.homeFrame)
        self.homeLabel.setObjectName(u"homeLabel")

        self.homeLayout.addWidget(self.homeLabel, 0, 0, 1, 1)

        self.homeEdit = QLineEdit(self.homeFrame)
        self.homeEdit.setObjectName(u"homeEdit")

        self.homeLayout.addWidget(self.homeEdit, 0, 1, 1, 1)

        self.homeInfoLabel = QLabel(self.homeFrame)
        self.homeInfoLabel.setObjectName(u"homeInfoLabel")

        self.homeLayout.addWidget(self.homeInfoLabel, 0, 2, 1, 1)

        self.secondRespondentButton = QPushButton(self.homeFrame)
        self.secondRespondentButton.setObjectName(u"secondRespondentButton")
        self.secondRespondentButton.setEnabled(False)

        self.homeLayout.addWidget(self.secondRespondentButton, 0, 3, 1, 1)

        self.historyButton = QPushButton(self.homeFrame)
        self.historyButton.setObjectName(u"historyButton")
        self.historyButton.setEnabled(False)

        self.homeLayout.addWidget(self.historyButton, 0, 4, 1, 1)

        self.discardButton = QPushButton(self.homeFrame)
        self.discardButton.setObjectName(u"discardButton")

        self.homeLayout.addWidget(self.discardButton, 0, 5, 1, 1)

        self.homeErrorLabel = QLabel(self.homeFrame)
        self.homeErrorLabel.setObjectName(u"homeErrorLabel")
        self.homeErrorLabel.setWordWrap(True)

        self.homeLayout.addWidget(self.homeErrorLabel, 1, 1, 1, 5)


        self.mainLayout.addWidget(self.homeFrame)

        self.scrollArea = QScrollArea(InterviewEntry)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.formContainer = QWidget()
        self.formContainer.setObjectName(u"formContainer")
        self.formLayout = QVBoxLayout(self.formContainer)
        self.formLayout.setSpacing(4)
        self.formLayout.setObjectName(u"formLayout")
        self.scrollArea.setWidget(self.formContainer)

        self.mainLayout.addWidget(self.scrollArea)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.statusLabel = QLabel(InterviewEntry)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.bottomLayout.addWidget(self.statusLabel)

        self.newButton = QPushButton(InterviewEntry)
        self.newButton.setObjectName(u"newButton")

        self.bottomLayout.addWidget(self.newButton)

        self.completeButton = QPushButton(InterviewEntry)
        self.completeButton.setObjectName(u"completeButton")

        self.bottomLayout.addWidget(self.completeButton)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.homeLabel.setBuddy(self.homeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InterviewEntry)

        self.completeButton.setDefault(False)


        QMetaObject.connectSlotsByName(InterviewEntry)
    # setupUi

    def retranslateUi(self, InterviewEntry):
        InterviewEntry.setWindowTitle(QCoreApplication.translate("InterviewEntry", u"Papieren formulieren invoeren", None))
        self.titleLabel.setText(QCoreApplication.translate("InterviewEntry", u"Papieren formulieren", None))
        self.countLabel.setText("")
        self.draftLabel.setText("")
        self.resumeButton.setText(QCoreApplication.translate("InterviewEntry", u"&Verder gaan", None))
        self.dismissButton.setText(QCoreApplication.translate("InterviewEntry", u"&Later", None))
        self.homeLabel.setText(QCoreApplication.translate("InterviewEntry", u"&Woning (code of huisnummer)", None))
        self.homeEdit.setPlaceholderText(QCoreApplication.translate("InterviewEntry", u"bijv. VO-017 of 12-3", None))
        self.homeInfoLabel.setText("")
        self.secondRespondentButton.setText(QCoreApplication.translate("InterviewEntry", u"Nog een &bewoner in deze woning", None))
        self.historyButton.setText(QCoreApplication.translate("InterviewEntry", u"Geschiedenis\u2026 (Ctrl+H)", None))
#if QT_CONFIG(tooltip)
        self.historyButton.setToolTip(QCoreApplication.translate("InterviewEntry", u"De correcties van dit afgeronde formulier: wie, wanneer, welke vraag, oud en nieuw antwoord.", None))
#endif // QT_CONFIG(tooltip)
        self.discardButton.setText(QCoreApplication.translate("InterviewEntry", u"Concept weg&gooien", None))
#if QT_CONFIG(tooltip)
        self.discardButton.setToolTip(QCoreApplication.translate("InterviewEntry", u"Dit niet-afgemaakte formulier weggooien, bijvoorbeeld als het bij de verkeerde woning is begonnen.", None))
#endif // QT_CONFIG(tooltip)
        self.homeErrorLabel.setText("")
        self.statusLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("InterviewEntry", u"&Leeg formulier", None))
        self.completeButton.setText(QCoreApplication.translate("InterviewEntry", u"Opslaan en volgende (Ctrl+Enter)", None))
    # retranslateUi

