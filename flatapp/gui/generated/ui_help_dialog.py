# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'help_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QSizePolicy, QTabWidget,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_HelpDialog(object):
    def setupUi(self, HelpDialog):
        if not HelpDialog.objectName():
            HelpDialog.setObjectName(u"HelpDialog")
        HelpDialog.resize(760, 620)
        self.mainLayout = QVBoxLayout(HelpDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(HelpDialog)
        self.tabs.setObjectName(u"tabs")
        self.manualTab = QWidget()
        self.manualTab.setObjectName(u"manualTab")
        self.manualLayout = QVBoxLayout(self.manualTab)
        self.manualLayout.setObjectName(u"manualLayout")
        self.manualBrowser = QTextBrowser(self.manualTab)
        self.manualBrowser.setObjectName(u"manualBrowser")
        self.manualBrowser.setOpenExternalLinks(False)

        self.manualLayout.addWidget(self.manualBrowser)

        self.tabs.addTab(self.manualTab, "")
        self.shortcutsTab = QWidget()
        self.shortcutsTab.setObjectName(u"shortcutsTab")
        self.shortcutsLayout = QVBoxLayout(self.shortcutsTab)
        self.shortcutsLayout.setObjectName(u"shortcutsLayout")
        self.shortcutTable = QTableWidget(self.shortcutsTab)
        if (self.shortcutTable.columnCount() < 3):
            self.shortcutTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.shortcutTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.shortcutTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.shortcutTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.shortcutTable.setObjectName(u"shortcutTable")
        self.shortcutTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shortcutTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shortcutTable.setColumnCount(3)
        self.shortcutTable.horizontalHeader().setStretchLastSection(True)
        self.shortcutTable.verticalHeader().setVisible(False)

        self.shortcutsLayout.addWidget(self.shortcutTable)

        self.tabs.addTab(self.shortcutsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(HelpDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(HelpDialog)
        self.buttonBox.rejected.connect(HelpDialog.reject)

        QMetaObject.connectSlotsByName(HelpDialog)
    # setupUi

    def retranslateUi(self, HelpDialog):
        HelpDialog.setWindowTitle(QCoreApplication.translate("HelpDialog", u"Handleiding", None))
        self.tabs.setTabText(self.tabs.indexOf(self.manualTab), QCoreApplication.translate("HelpDialog", u"&Handleiding", None))
        ___qtablewidgetitem = self.shortcutTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HelpDialog", u"Sneltoets", None))
        ___qtablewidgetitem1 = self.shortcutTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HelpDialog", u"Menu", None))
        ___qtablewidgetitem2 = self.shortcutTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HelpDialog", u"Wat het doet", None))
        self.tabs.setTabText(self.tabs.indexOf(self.shortcutsTab), QCoreApplication.translate("HelpDialog", u"&Sneltoetsen", None))
    # retranslateUi

