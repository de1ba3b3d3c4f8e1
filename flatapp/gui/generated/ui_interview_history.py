# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_history.ui'
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

class Ui_InterviewHistoryDialog(object):
    def setupUi(self, InterviewHistoryDialog):
        if not InterviewHistoryDialog.objectName():
            InterviewHistoryDialog.setObjectName(u"InterviewHistoryDialog")
        InterviewHistoryDialog.resize(1100, 380)
        self.mainLayout = QVBoxLayout(InterviewHistoryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(InterviewHistoryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.historyTable = QTableView(InterviewHistoryDialog)
        self.historyTable.setObjectName(u"historyTable")

        self.mainLayout.addWidget(self.historyTable)

        self.emptyLabel = QLabel(InterviewHistoryDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.emptyLabel)

        self.buttonBox = QDialogButtonBox(InterviewHistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(InterviewHistoryDialog)

        QMetaObject.connectSlotsByName(InterviewHistoryDialog)
    # setupUi

    def retranslateUi(self, InterviewHistoryDialog):
        InterviewHistoryDialog.setWindowTitle(QCoreApplication.translate("InterviewHistoryDialog", u"Geschiedenis van het formulier", None))
        self.introLabel.setText("")
        self.emptyLabel.setText(QCoreApplication.translate("InterviewHistoryDialog", u"Dit formulier is na het afronden niet gecorrigeerd; er is nog geen geschiedenis.", None))
    # retranslateUi

