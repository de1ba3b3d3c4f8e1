# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_detail.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_HomeDetailPanel(object):
    def setupUi(self, HomeDetailPanel):
        if not HomeDetailPanel.objectName():
            HomeDetailPanel.setObjectName(u"HomeDetailPanel")
        HomeDetailPanel.resize(520, 300)
        self.outerLayout = QVBoxLayout(HomeDetailPanel)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(HomeDetailPanel)
        self.pages.setObjectName(u"pages")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.pages.addWidget(self.emptyPage)
        self.editPage = QWidget()
        self.editPage.setObjectName(u"editPage")
        self.editLayout = QVBoxLayout(self.editPage)
        self.editLayout.setSpacing(8)
        self.editLayout.setObjectName(u"editLayout")
        self.editLayout.setContentsMargins(10, 8, 10, 8)
        self.titleLabel = QLabel(self.editPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.editLayout.addWidget(self.titleLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(8)
        self.fieldsLayout.setVerticalSpacing(6)
        self.streetLabel = QLabel(self.editPage)
        self.streetLabel.setObjectName(u"streetLabel")

        self.fieldsLayout.addWidget(self.streetLabel, 0, 0, 1, 1)

        self.streetEdit = QLineEdit(self.editPage)
        self.streetEdit.setObjectName(u"streetEdit")
        self.streetEdit.setMaxLength(120)

        self.fieldsLayout.addWidget(self.streetEdit, 0, 1, 1, 3)

        self.numberLabel = QLabel(self.editPage)
        self.numberLabel.setObjectName(u"numberLabel")

        self.fieldsLayout.addWidget(self.numberLabel, 1, 0, 1, 1)

        self.numberEdit = QLineEdit(self.editPage)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(5)

        self.fieldsLayout.addWidget(self.numberEdit, 1, 1, 1, 1)

        self.letterLabel = QLabel(self.editPage)
        self.letterLabel.setObjectName(u"letterLabel")

        self.fieldsLayout.addWidget(self.letterLabel, 1, 2, 1, 1)

        self.letterEdit = QLineEdit(self.editPage)
        self.letterEdit.setObjectName(u"letterEdit")
        self.letterEdit.setMaxLength(1)

        self.fieldsLayout.addWidget(self.letterEdit, 1, 3, 1, 1)

        self.additionLabel = QLabel(self.editPage)
        self.additionLabel.setObjectName(u"additionLabel")

        self.fieldsLayout.addWidget(self.additionLabel, 2, 0, 1, 1)

        self.additionEdit = QLineEdit(self.editPage)
        self.additionEdit.setObjectName(u"additionEdit")
        self.additionEdit.setMaxLength(12)

        self.fieldsLayout.addWidget(self.additionEdit, 2, 1, 1, 1)

        self.postcodeLabel = QLabel(self.editPage)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.fieldsLayout.addWidget(self.postcodeLabel, 2, 2, 1, 1)

        self.postcodeEdit = QLineEdit(self.editPage)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMaxLength(10)

        self.fieldsLayout.addWidget(self.postcodeEdit, 2, 3, 1, 1)

        self.cityLabel = QLabel(self.editPage)
        self.cityLabel.setObjectName(u"cityLabel")

        self.fieldsLayout.addWidget(self.cityLabel, 3, 0, 1, 1)

        self.cityEdit = QLineEdit(self.editPage)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(80)

        self.fieldsLayout.addWidget(self.cityEdit, 3, 1, 1, 1)

        self.entranceLabel = QLabel(self.editPage)
        self.entranceLabel.setObjectName(u"entranceLabel")

        self.fieldsLayout.addWidget(self.entranceLabel, 3, 2, 1, 1)

        self.entranceCombo = QComboBox(self.editPage)
        self.entranceCombo.setObjectName(u"entranceCombo")
        self.entranceCombo.setEditable(True)
        self.entranceCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.fieldsLayout.addWidget(self.entranceCombo, 3, 3, 1, 1)

        self.floorLabel = QLabel(self.editPage)
        self.floorLabel.setObjectName(u"floorLabel")

        self.fieldsLayout.addWidget(self.floorLabel, 4, 0, 1, 1)

        self.floorCombo = QComboBox(self.editPage)
        self.floorCombo.setObjectName(u"floorCombo")

        self.fieldsLayout.addWidget(self.floorCombo, 4, 1, 1, 1)

        self.vheLabel = QLabel(self.editPage)
        self.vheLabel.setObjectName(u"vheLabel")

        self.fieldsLayout.addWidget(self.vheLabel, 4, 2, 1, 1)

        self.vheEdit = QLineEdit(self.editPage)
        self.vheEdit.setObjectName(u"vheEdit")
        self.vheEdit.setMaxLength(40)

        self.fieldsLayout.addWidget(self.vheEdit, 4, 3, 1, 1)


        self.editLayout.addLayout(self.fieldsLayout)

        self.errorFrame = QFrame(self.editPage)
        self.errorFrame.setObjectName(u"errorFrame")
        self.errorFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.errorLayout = QHBoxLayout(self.errorFrame)
        self.errorLayout.setObjectName(u"errorLayout")
        self.errorLayout.setContentsMargins(8, 6, 8, 6)
        self.errorLabel = QLabel(self.errorFrame)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.errorLayout.addWidget(self.errorLabel)


        self.editLayout.addWidget(self.errorFrame)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.stateLabel = QLabel(self.editPage)
        self.stateLabel.setObjectName(u"stateLabel")

        self.buttonLayout.addWidget(self.stateLabel)

        self.buttonSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.revertButton = QPushButton(self.editPage)
        self.revertButton.setObjectName(u"revertButton")
        self.revertButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.editPage)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.editLayout.addLayout(self.buttonLayout)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editLayout.addItem(self.bottomSpacer)

        self.pages.addWidget(self.editPage)

        self.outerLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.streetLabel.setBuddy(self.streetEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.letterLabel.setBuddy(self.letterEdit)
        self.additionLabel.setBuddy(self.additionEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.entranceLabel.setBuddy(self.entranceCombo)
        self.floorLabel.setBuddy(self.floorCombo)
        self.vheLabel.setBuddy(self.vheEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.streetEdit, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.letterEdit)
        QWidget.setTabOrder(self.letterEdit, self.additionEdit)
        QWidget.setTabOrder(self.additionEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.entranceCombo)
        QWidget.setTabOrder(self.entranceCombo, self.floorCombo)
        QWidget.setTabOrder(self.floorCombo, self.vheEdit)
        QWidget.setTabOrder(self.vheEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.revertButton)

        self.retranslateUi(HomeDetailPanel)

        self.pages.setCurrentIndex(1)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(HomeDetailPanel)
    # setupUi

    def retranslateUi(self, HomeDetailPanel):
        HomeDetailPanel.setWindowTitle(QCoreApplication.translate("HomeDetailPanel", u"Woninggegevens", None))
        self.emptyLabel.setText(QCoreApplication.translate("HomeDetailPanel", u"Kies een woning op de kaart of in de lijst om het adres te bekijken of te corrigeren.", None))
        self.titleLabel.setText(QCoreApplication.translate("HomeDetailPanel", u"Woning", None))
        self.streetLabel.setText(QCoreApplication.translate("HomeDetailPanel", u"&Straat", None))
        self.numberLabel.setText(QCoreApplication.translate("HomeDetailPanel", u"Huis&nummer", None))
        self.letterLabel.setText(QCoreApplication.translate("HomeDetailPanel", u"Huis&letter", None))
        self.additionLabel.setText(QCoreApplication.translate("HomeDetailPanel", u"&Toevoeging", None))
        self.postcodeLabel.setText(QCoreApplication.translate("HomeDetailPanel", u"&Postcode", None))
        self.postcodeEdit.setPlaceholderText(QCoreApplication.translate("HomeDetailPanel", u"1234 AB", None))
        self.cityLabel.setText(QCoreApplication.translate("HomeDetailPanel", u"Pl&aats", None))
        self.entranceLabel.setText(QCoreApplication.translate("HomeDetailPanel", u"Po&rtiek", None))
        self.floorLabel.setText(QCoreApplication.translate("HomeDetailPanel", u"&Verdieping", None))
#if QT_CONFIG(tooltip)
        self.floorCombo.setToolTip(QCoreApplication.translate("HomeDetailPanel", u"BG is de begane grond, K de kelder.", None))
#endif // QT_CONFIG(tooltip)
        self.vheLabel.setText(QCoreApplication.translate("HomeDetailPanel", u"VH&E-nummer", None))
        self.errorLabel.setText("")
        self.stateLabel.setText("")
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("HomeDetailPanel", u"Zet de velden terug op wat in de database staat.", None))
#endif // QT_CONFIG(tooltip)
        self.revertButton.setText(QCoreApplication.translate("HomeDetailPanel", u"Herstellen", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("HomeDetailPanel", u"Sla de correcties op (Ctrl+S of Enter). Ongedaan maken kan met Ctrl+Z.", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("HomeDetailPanel", u"&Opslaan", None))
    # retranslateUi

