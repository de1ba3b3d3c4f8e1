# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'double_entry.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DoubleEntryDialog(object):
    def setupUi(self, DoubleEntryDialog):
        if not DoubleEntryDialog.objectName():
            DoubleEntryDialog.setObjectName(u"DoubleEntryDialog")
        DoubleEntryDialog.resize(1100, 760)
        self.mainLayout = QVBoxLayout(DoubleEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.statsLabel = QLabel(DoubleEntryDialog)
        self.statsLabel.setObjectName(u"statsLabel")
        self.statsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statsLabel)

        self.tabs = QTabWidget(DoubleEntryDialog)
        self.tabs.setObjectName(u"tabs")
        self.samplePage = QWidget()
        self.samplePage.setObjectName(u"samplePage")
        self.sampleLayout = QVBoxLayout(self.samplePage)
        self.sampleLayout.setObjectName(u"sampleLayout")
        self.sampleHint = QLabel(self.samplePage)
        self.sampleHint.setObjectName(u"sampleHint")
        self.sampleHint.setWordWrap(True)

        self.sampleLayout.addWidget(self.sampleHint)

        self.shareLayout = QHBoxLayout()
        self.shareLayout.setObjectName(u"shareLayout")
        self.shareLabel = QLabel(self.samplePage)
        self.shareLabel.setObjectName(u"shareLabel")

        self.shareLayout.addWidget(self.shareLabel)

        self.shareSpin = QSpinBox(self.samplePage)
        self.shareSpin.setObjectName(u"shareSpin")
        self.shareSpin.setMinimum(1)
        self.shareSpin.setMaximum(100)
        self.shareSpin.setValue(10)

        self.shareLayout.addWidget(self.shareSpin)

        self.allButton = QPushButton(self.samplePage)
        self.allButton.setObjectName(u"allButton")

        self.shareLayout.addWidget(self.allButton)

        self.sampleButton = QPushButton(self.samplePage)
        self.sampleButton.setObjectName(u"sampleButton")

        self.shareLayout.addWidget(self.sampleButton)

        self.shareSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shareLayout.addItem(self.shareSpacer)


        self.sampleLayout.addLayout(self.shareLayout)

        self.sampleStatusLabel = QLabel(self.samplePage)
        self.sampleStatusLabel.setObjectName(u"sampleStatusLabel")
        self.sampleStatusLabel.setWordWrap(True)

        self.sampleLayout.addWidget(self.sampleStatusLabel)

        self.sampleList = QListWidget(self.samplePage)
        self.sampleList.setObjectName(u"sampleList")

        self.sampleLayout.addWidget(self.sampleList)

        self.tabs.addTab(self.samplePage, "")
        self.entryPage = QWidget()
        self.entryPage.setObjectName(u"entryPage")
        self.entryLayout = QVBoxLayout(self.entryPage)
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryTodoLabel = QLabel(self.entryPage)
        self.entryTodoLabel.setObjectName(u"entryTodoLabel")
        self.entryTodoLabel.setWordWrap(True)

        self.entryLayout.addWidget(self.entryTodoLabel)

        self.tabs.addTab(self.entryPage, "")
        self.comparePage = QWidget()
        self.comparePage.setObjectName(u"comparePage")
        self.compareLayout = QVBoxLayout(self.comparePage)
        self.compareLayout.setObjectName(u"compareLayout")
        self.compareHint = QLabel(self.comparePage)
        self.compareHint.setObjectName(u"compareHint")
        self.compareHint.setWordWrap(True)

        self.compareLayout.addWidget(self.compareHint)

        self.differenceTable = QTableView(self.comparePage)
        self.differenceTable.setObjectName(u"differenceTable")

        self.compareLayout.addWidget(self.differenceTable)

        self.resolveLayout = QHBoxLayout()
        self.resolveLayout.setObjectName(u"resolveLayout")
        self.resolveStatusLabel = QLabel(self.comparePage)
        self.resolveStatusLabel.setObjectName(u"resolveStatusLabel")
        self.resolveStatusLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.resolveStatusLabel.sizePolicy().hasHeightForWidth())
        self.resolveStatusLabel.setSizePolicy(sizePolicy)

        self.resolveLayout.addWidget(self.resolveStatusLabel)

        self.resolveButton = QPushButton(self.comparePage)
        self.resolveButton.setObjectName(u"resolveButton")

        self.resolveLayout.addWidget(self.resolveButton)


        self.compareLayout.addLayout(self.resolveLayout)

        self.rateTitle = QLabel(self.comparePage)
        self.rateTitle.setObjectName(u"rateTitle")

        self.compareLayout.addWidget(self.rateTitle)

        self.rateTable = QTableWidget(self.comparePage)
        self.rateTable.setObjectName(u"rateTable")
        self.rateTable.setMaximumHeight(200)

        self.compareLayout.addWidget(self.rateTable)

        self.tabs.addTab(self.comparePage, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(DoubleEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.shareLabel.setBuddy(self.shareSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DoubleEntryDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DoubleEntryDialog)
    # setupUi

    def retranslateUi(self, DoubleEntryDialog):
        DoubleEntryDialog.setWindowTitle(QCoreApplication.translate("DoubleEntryDialog", u"Dubbele invoer", None))
        self.statsLabel.setText("")
        self.sampleHint.setText(QCoreApplication.translate("DoubleEntryDialog", u"Een tweede persoon typt een deel van de papieren formulieren nog een keer, zonder de eerste invoer te zien. Daarna toont FlatApp alleen de velden die verschillen.", None))
        self.shareLabel.setText(QCoreApplication.translate("DoubleEntryDialog", u"&Deel van de afgeronde formulieren", None))
        self.shareSpin.setSuffix(QCoreApplication.translate("DoubleEntryDialog", u" %", None))
        self.allButton.setText(QCoreApplication.translate("DoubleEntryDialog", u"&Alle", None))
        self.sampleButton.setText(QCoreApplication.translate("DoubleEntryDialog", u"&Steekproef trekken en typen", None))
        self.sampleStatusLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.samplePage), QCoreApplication.translate("DoubleEntryDialog", u"1. Steekproef", None))
        self.entryTodoLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.entryPage), QCoreApplication.translate("DoubleEntryDialog", u"2. Opnieuw typen", None))
        self.compareHint.setText(QCoreApplication.translate("DoubleEntryDialog", u"Alleen de velden die verschillen. Kijk op het papieren formulier en kies met de toets 1 (eerste invoer) of 2 (tweede invoer) welke waarde klopt.", None))
        self.resolveStatusLabel.setText("")
        self.resolveButton.setText(QCoreApplication.translate("DoubleEntryDialog", u"&Keuzes vastleggen", None))
        self.rateTitle.setText(QCoreApplication.translate("DoubleEntryDialog", u"Foutpercentage per vraag", None))
        self.tabs.setTabText(self.tabs.indexOf(self.comparePage), QCoreApplication.translate("DoubleEntryDialog", u"3. Verschillen", None))
    # retranslateUi

