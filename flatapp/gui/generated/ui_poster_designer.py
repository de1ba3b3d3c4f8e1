# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'poster_designer.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QToolButton, QVBoxLayout, QWidget)

class Ui_PosterDesigner(object):
    def setupUi(self, PosterDesigner):
        if not PosterDesigner.objectName():
            PosterDesigner.setObjectName(u"PosterDesigner")
        PosterDesigner.resize(1240, 780)
        self.mainLayout = QVBoxLayout(PosterDesigner)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.contentLayout = QHBoxLayout()
        self.contentLayout.setSpacing(14)
        self.contentLayout.setObjectName(u"contentLayout")
        self.optionsSide = QWidget(PosterDesigner)
        self.optionsSide.setObjectName(u"optionsSide")
        self.optionsSide.setMinimumSize(QSize(400, 0))
        self.optionsSide.setMaximumSize(QSize(460, 16777215))
        self.optionsLayout = QVBoxLayout(self.optionsSide)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.optionsLayout.setContentsMargins(0, 0, 0, 0)
        self.documentTabs = QTabWidget(self.optionsSide)
        self.documentTabs.setObjectName(u"documentTabs")
        self.posterTab = QWidget()
        self.posterTab.setObjectName(u"posterTab")
        self.posterForm = QFormLayout(self.posterTab)
        self.posterForm.setObjectName(u"posterForm")
        self.posterForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.posterForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sizeLabel = QLabel(self.posterTab)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.posterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sizeLabel)

        self.sizeCombo = QComboBox(self.posterTab)
        self.sizeCombo.setObjectName(u"sizeCombo")

        self.posterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sizeCombo)

        self.orientationLabel = QLabel(self.posterTab)
        self.orientationLabel.setObjectName(u"orientationLabel")

        self.posterForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.orientationLabel)

        self.orientationLayout = QHBoxLayout()
        self.orientationLayout.setObjectName(u"orientationLayout")
        self.portraitRadio = QRadioButton(self.posterTab)
        self.portraitRadio.setObjectName(u"portraitRadio")
        self.portraitRadio.setChecked(True)

        self.orientationLayout.addWidget(self.portraitRadio)

        self.landscapeRadio = QRadioButton(self.posterTab)
        self.landscapeRadio.setObjectName(u"landscapeRadio")

        self.orientationLayout.addWidget(self.landscapeRadio)

        self.orientationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.orientationLayout.addItem(self.orientationSpacer)


        self.posterForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.orientationLayout)

        self.layoutLabel = QLabel(self.posterTab)
        self.layoutLabel.setObjectName(u"layoutLabel")

        self.posterForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.layoutLabel)

        self.layoutChoiceLayout = QVBoxLayout()
        self.layoutChoiceLayout.setObjectName(u"layoutChoiceLayout")
        self.combinedRadio = QRadioButton(self.posterTab)
        self.combinedRadio.setObjectName(u"combinedRadio")
        self.combinedRadio.setChecked(True)

        self.layoutChoiceLayout.addWidget(self.combinedRadio)

        self.perThemeRadio = QRadioButton(self.posterTab)
        self.perThemeRadio.setObjectName(u"perThemeRadio")

        self.layoutChoiceLayout.addWidget(self.perThemeRadio)


        self.posterForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.layoutChoiceLayout)

        self.panelsLabel = QLabel(self.posterTab)
        self.panelsLabel.setObjectName(u"panelsLabel")
        self.panelsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.posterForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.panelsLabel)

        self.panelsLayout = QHBoxLayout()
        self.panelsLayout.setObjectName(u"panelsLayout")
        self.panelList = QListWidget(self.posterTab)
        self.panelList.setObjectName(u"panelList")
        self.panelList.setMinimumSize(QSize(0, 190))

        self.panelsLayout.addWidget(self.panelList)

        self.moveLayout = QVBoxLayout()
        self.moveLayout.setObjectName(u"moveLayout")
        self.upButton = QToolButton(self.posterTab)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setArrowType(Qt.ArrowType.UpArrow)

        self.moveLayout.addWidget(self.upButton)

        self.downButton = QToolButton(self.posterTab)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setArrowType(Qt.ArrowType.DownArrow)

        self.moveLayout.addWidget(self.downButton)

        self.moveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveLayout.addItem(self.moveSpacer)


        self.panelsLayout.addLayout(self.moveLayout)


        self.posterForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.panelsLayout)

        self.panelsHint = QLabel(self.posterTab)
        self.panelsHint.setObjectName(u"panelsHint")
        self.panelsHint.setWordWrap(True)

        self.posterForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.panelsHint)

        self.titleLabel = QLabel(self.posterTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.posterForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.posterTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.posterForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.documentTabs.addTab(self.posterTab, "")
        self.handoutTab = QWidget()
        self.handoutTab.setObjectName(u"handoutTab")
        self.handoutForm = QFormLayout(self.handoutTab)
        self.handoutForm.setObjectName(u"handoutForm")
        self.handoutForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.handoutForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.handoutSizeLabel = QLabel(self.handoutTab)
        self.handoutSizeLabel.setObjectName(u"handoutSizeLabel")

        self.handoutForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.handoutSizeLabel)

        self.handoutSizeCombo = QComboBox(self.handoutTab)
        self.handoutSizeCombo.setObjectName(u"handoutSizeCombo")

        self.handoutForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.handoutSizeCombo)

        self.nextStepsLabel = QLabel(self.handoutTab)
        self.nextStepsLabel.setObjectName(u"nextStepsLabel")
        self.nextStepsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.handoutForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nextStepsLabel)

        self.nextStepsEdit = QPlainTextEdit(self.handoutTab)
        self.nextStepsEdit.setObjectName(u"nextStepsEdit")
        self.nextStepsEdit.setTabChangesFocus(True)

        self.handoutForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nextStepsEdit)

        self.handoutHint = QLabel(self.handoutTab)
        self.handoutHint.setObjectName(u"handoutHint")
        self.handoutHint.setWordWrap(True)

        self.handoutForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.handoutHint)

        self.documentTabs.addTab(self.handoutTab, "")
        self.signUpTab = QWidget()
        self.signUpTab.setObjectName(u"signUpTab")
        self.signUpForm = QFormLayout(self.signUpTab)
        self.signUpForm.setObjectName(u"signUpForm")
        self.signUpForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.rowsLabel = QLabel(self.signUpTab)
        self.rowsLabel.setObjectName(u"rowsLabel")

        self.signUpForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rowsLabel)

        self.rowsSpin = QSpinBox(self.signUpTab)
        self.rowsSpin.setObjectName(u"rowsSpin")
        self.rowsSpin.setMinimum(5)
        self.rowsSpin.setMaximum(30)
        self.rowsSpin.setValue(14)

        self.signUpForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rowsSpin)

        self.signUpHint = QLabel(self.signUpTab)
        self.signUpHint.setObjectName(u"signUpHint")
        self.signUpHint.setWordWrap(True)

        self.signUpForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signUpHint)

        self.documentTabs.addTab(self.signUpTab, "")

        self.optionsLayout.addWidget(self.documentTabs)

        self.styleGroup = QGroupBox(self.optionsSide)
        self.styleGroup.setObjectName(u"styleGroup")
        self.styleForm = QFormLayout(self.styleGroup)
        self.styleForm.setObjectName(u"styleForm")
        self.styleForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.styleForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organisationLabel = QLabel(self.styleGroup)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.styleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(self.styleGroup)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.styleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.contactLabel = QLabel(self.styleGroup)
        self.contactLabel.setObjectName(u"contactLabel")

        self.styleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(self.styleGroup)
        self.contactEdit.setObjectName(u"contactEdit")

        self.styleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.logoLabel = QLabel(self.styleGroup)
        self.logoLabel.setObjectName(u"logoLabel")

        self.styleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoEdit = QLineEdit(self.styleGroup)
        self.logoEdit.setObjectName(u"logoEdit")

        self.logoLayout.addWidget(self.logoEdit)

        self.logoButton = QPushButton(self.styleGroup)
        self.logoButton.setObjectName(u"logoButton")
        self.logoButton.setAutoDefault(False)

        self.logoLayout.addWidget(self.logoButton)

        self.logoClearButton = QPushButton(self.styleGroup)
        self.logoClearButton.setObjectName(u"logoClearButton")
        self.logoClearButton.setAutoDefault(False)

        self.logoLayout.addWidget(self.logoClearButton)


        self.styleForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.logoLayout)

        self.colourLabel = QLabel(self.styleGroup)
        self.colourLabel.setObjectName(u"colourLabel")

        self.styleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.colourLabel)

        self.colourLayout = QHBoxLayout()
        self.colourLayout.setObjectName(u"colourLayout")
        self.colourButton = QPushButton(self.styleGroup)
        self.colourButton.setObjectName(u"colourButton")
        self.colourButton.setMinimumSize(QSize(140, 0))
        self.colourButton.setAutoDefault(False)

        self.colourLayout.addWidget(self.colourButton)

        self.colourSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.colourLayout.addItem(self.colourSpacer)


        self.styleForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.colourLayout)

        self.thresholdLabel = QLabel(self.styleGroup)
        self.thresholdLabel.setObjectName(u"thresholdLabel")

        self.styleForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.thresholdLabel)

        self.thresholdLayout = QHBoxLayout()
        self.thresholdLayout.setObjectName(u"thresholdLayout")
        self.thresholdSpin = QSpinBox(self.styleGroup)
        self.thresholdSpin.setObjectName(u"thresholdSpin")
        self.thresholdSpin.setMinimum(5)
        self.thresholdSpin.setMaximum(50)
        self.thresholdSpin.setValue(5)
        self.thresholdSpin.setMinimumSize(QSize(140, 0))

        self.thresholdLayout.addWidget(self.thresholdSpin)

        self.publishButton = QPushButton(self.styleGroup)
        self.publishButton.setObjectName(u"publishButton")
        self.publishButton.setAutoDefault(False)

        self.thresholdLayout.addWidget(self.publishButton)

        self.thresholdSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.thresholdLayout.addItem(self.thresholdSpacer)


        self.styleForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.thresholdLayout)

        self.publicationTitleLabel = QLabel(self.styleGroup)
        self.publicationTitleLabel.setObjectName(u"publicationTitleLabel")

        self.styleForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.publicationTitleLabel)

        self.publicationLabel = QLabel(self.styleGroup)
        self.publicationLabel.setObjectName(u"publicationLabel")
        self.publicationLabel.setWordWrap(True)
        self.publicationLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.styleForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.publicationLabel)


        self.optionsLayout.addWidget(self.styleGroup)


        self.contentLayout.addWidget(self.optionsSide)

        self.previewSide = QWidget(PosterDesigner)
        self.previewSide.setObjectName(u"previewSide")
        self.previewLayout = QVBoxLayout(self.previewSide)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewHeaderLayout = QHBoxLayout()
        self.previewHeaderLayout.setObjectName(u"previewHeaderLayout")
        self.previewTitleLabel = QLabel(self.previewSide)
        self.previewTitleLabel.setObjectName(u"previewTitleLabel")

        self.previewHeaderLayout.addWidget(self.previewTitleLabel)

        self.previewHeaderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewHeaderLayout.addItem(self.previewHeaderSpacer)

        self.previousPageButton = QToolButton(self.previewSide)
        self.previousPageButton.setObjectName(u"previousPageButton")
        self.previousPageButton.setArrowType(Qt.ArrowType.LeftArrow)

        self.previewHeaderLayout.addWidget(self.previousPageButton)

        self.pageLabel = QLabel(self.previewSide)
        self.pageLabel.setObjectName(u"pageLabel")

        self.previewHeaderLayout.addWidget(self.pageLabel)

        self.nextPageButton = QToolButton(self.previewSide)
        self.nextPageButton.setObjectName(u"nextPageButton")
        self.nextPageButton.setArrowType(Qt.ArrowType.RightArrow)

        self.previewHeaderLayout.addWidget(self.nextPageButton)


        self.previewLayout.addLayout(self.previewHeaderLayout)

        self.previewMessageLabel = QLabel(self.previewSide)
        self.previewMessageLabel.setObjectName(u"previewMessageLabel")
        self.previewMessageLabel.setWordWrap(True)
        self.previewMessageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.previewMessageLabel)

        self.previewHost = QWidget(self.previewSide)
        self.previewHost.setObjectName(u"previewHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.previewHost.sizePolicy().hasHeightForWidth())
        self.previewHost.setSizePolicy(sizePolicy)
        self.previewHostLayout = QVBoxLayout(self.previewHost)
        self.previewHostLayout.setObjectName(u"previewHostLayout")
        self.previewHostLayout.setContentsMargins(0, 0, 0, 0)

        self.previewLayout.addWidget(self.previewHost)


        self.contentLayout.addWidget(self.previewSide)


        self.mainLayout.addLayout(self.contentLayout)

        self.messageLabel = QLabel(PosterDesigner)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.slideShowButton = QPushButton(PosterDesigner)
        self.slideShowButton.setObjectName(u"slideShowButton")
        self.slideShowButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.slideShowButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(PosterDesigner)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveButton)

        self.printButton = QPushButton(PosterDesigner)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.printButton)

        self.closeButton = QPushButton(PosterDesigner)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.sizeLabel.setBuddy(self.sizeCombo)
        self.panelsLabel.setBuddy(self.panelList)
        self.titleLabel.setBuddy(self.titleEdit)
        self.handoutSizeLabel.setBuddy(self.handoutSizeCombo)
        self.nextStepsLabel.setBuddy(self.nextStepsEdit)
        self.rowsLabel.setBuddy(self.rowsSpin)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.logoLabel.setBuddy(self.logoEdit)
        self.colourLabel.setBuddy(self.colourButton)
        self.thresholdLabel.setBuddy(self.thresholdSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.documentTabs, self.sizeCombo)
        QWidget.setTabOrder(self.sizeCombo, self.portraitRadio)
        QWidget.setTabOrder(self.portraitRadio, self.landscapeRadio)
        QWidget.setTabOrder(self.landscapeRadio, self.combinedRadio)
        QWidget.setTabOrder(self.combinedRadio, self.perThemeRadio)
        QWidget.setTabOrder(self.perThemeRadio, self.panelList)
        QWidget.setTabOrder(self.panelList, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.handoutSizeCombo)
        QWidget.setTabOrder(self.handoutSizeCombo, self.nextStepsEdit)
        QWidget.setTabOrder(self.nextStepsEdit, self.rowsSpin)
        QWidget.setTabOrder(self.rowsSpin, self.organisationEdit)
        QWidget.setTabOrder(self.organisationEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.logoEdit)
        QWidget.setTabOrder(self.logoEdit, self.logoButton)
        QWidget.setTabOrder(self.logoButton, self.logoClearButton)
        QWidget.setTabOrder(self.logoClearButton, self.colourButton)
        QWidget.setTabOrder(self.colourButton, self.thresholdSpin)
        QWidget.setTabOrder(self.thresholdSpin, self.publishButton)
        QWidget.setTabOrder(self.publishButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.slideShowButton)
        QWidget.setTabOrder(self.slideShowButton, self.closeButton)

        self.retranslateUi(PosterDesigner)

        self.documentTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PosterDesigner)
    # setupUi

    def retranslateUi(self, PosterDesigner):
        PosterDesigner.setWindowTitle(QCoreApplication.translate("PosterDesigner", u"Poster maken", None))
        self.sizeLabel.setText(QCoreApplication.translate("PosterDesigner", u"&Formaat", None))
        self.orientationLabel.setText(QCoreApplication.translate("PosterDesigner", u"Richting", None))
        self.portraitRadio.setText(QCoreApplication.translate("PosterDesigner", u"s&taand", None))
        self.landscapeRadio.setText(QCoreApplication.translate("PosterDesigner", u"&liggend", None))
        self.layoutLabel.setText(QCoreApplication.translate("PosterDesigner", u"Opzet", None))
        self.combinedRadio.setText(QCoreApplication.translate("PosterDesigner", u"\u00e9\u00e9n poster &met alle panelen", None))
        self.perThemeRadio.setText(QCoreApplication.translate("PosterDesigner", u"een poster per t&hema", None))
        self.panelsLabel.setText(QCoreApplication.translate("PosterDesigner", u"Pa&nelen", None))
        self.upButton.setText(QCoreApplication.translate("PosterDesigner", u"Omhoog", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("PosterDesigner", u"Paneel omhoog (Alt+Pijl omhoog)", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("PosterDesigner", u"Omlaag", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("PosterDesigner", u"Paneel omlaag (Alt+Pijl omlaag)", None))
#endif // QT_CONFIG(tooltip)
        self.panelsHint.setText(QCoreApplication.translate("PosterDesigner", u"Vink aan wat op de poster komt. Sleep een paneel, of gebruik de pijlen (Alt+Pijl omhoog/omlaag), om de volgorde te kiezen. Een paneel in cursief heeft nog niets openbaars: er komt een zin op in plaats van cijfers.", None))
        self.titleLabel.setText(QCoreApplication.translate("PosterDesigner", u"T&itel", None))
        self.documentTabs.setTabText(self.documentTabs.indexOf(self.posterTab), QCoreApplication.translate("PosterDesigner", u"Poster", None))
        self.handoutSizeLabel.setText(QCoreApplication.translate("PosterDesigner", u"&Formaat", None))
        self.nextStepsLabel.setText(QCoreApplication.translate("PosterDesigner", u"&Hoe verder", None))
        self.handoutHint.setText(QCoreApplication.translate("PosterDesigner", u"Een folder om mee te geven: de belangrijkste uitkomsten en wat er nu gaat gebeuren, in uw eigen woorden.", None))
        self.documentTabs.setTabText(self.documentTabs.indexOf(self.handoutTab), QCoreApplication.translate("PosterDesigner", u"Folder", None))
        self.rowsLabel.setText(QCoreApplication.translate("PosterDesigner", u"&Regels per lijst", None))
        self.documentTabs.setTabText(self.documentTabs.indexOf(self.signUpTab), QCoreApplication.translate("PosterDesigner", u"Inschrijflijsten", None))
        self.styleGroup.setTitle(QCoreApplication.translate("PosterDesigner", u"Afzender en huisstijl (voor alles)", None))
        self.organisationLabel.setText(QCoreApplication.translate("PosterDesigner", u"&Organisatie", None))
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("PosterDesigner", u"bijv. Welzijn Sneek", None))
        self.contactLabel.setText(QCoreApplication.translate("PosterDesigner", u"&Contact", None))
        self.contactEdit.setPlaceholderText(QCoreApplication.translate("PosterDesigner", u"bijv. Vragen? Bel Anja, 06-12345678", None))
        self.logoLabel.setText(QCoreApplication.translate("PosterDesigner", u"Lo&go", None))
        self.logoEdit.setPlaceholderText(QCoreApplication.translate("PosterDesigner", u"geen logo (PNG of JPG)", None))
        self.logoButton.setText(QCoreApplication.translate("PosterDesigner", u"&Bladeren\u2026", None))
        self.logoClearButton.setText(QCoreApplication.translate("PosterDesigner", u"&Wissen", None))
        self.colourLabel.setText(QCoreApplication.translate("PosterDesigner", u"&Kleur", None))
        self.thresholdLabel.setText(QCoreApplication.translate("PosterDesigner", u"Kl&einste groep", None))
#if QT_CONFIG(tooltip)
        self.thresholdLabel.setToolTip(QCoreApplication.translate("PosterDesigner", u"Groepen kleiner dan dit aantal worden niet getoond; hoger is strenger. Nooit lager dan 5.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.thresholdSpin.setToolTip(QCoreApplication.translate("PosterDesigner", u"Kleinste groep voor de volgende publicatie: groepen kleiner dan dit aantal worden niet getoond; hoger is strenger. Nooit lager dan 5.", None))
#endif // QT_CONFIG(tooltip)
        self.thresholdSpin.setSuffix(QCoreApplication.translate("PosterDesigner", u" bewoners", None))
        self.publishButton.setText(QCoreApplication.translate("PosterDesigner", u"&Publiceren\u2026", None))
#if QT_CONFIG(tooltip)
        self.publishButton.setToolTip(QCoreApplication.translate("PosterDesigner", u"Leg de cijfers van nu vast met deze kleinste groep. Cijfers die door vergelijken met een eerdere publicatie enkele bewoners zouden verraden, blijven zoals ze waren.", None))
#endif // QT_CONFIG(tooltip)
        self.publicationTitleLabel.setText(QCoreApplication.translate("PosterDesigner", u"Cijfers", None))
#if QT_CONFIG(tooltip)
        self.previousPageButton.setToolTip(QCoreApplication.translate("PosterDesigner", u"Vorige pagina", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextPageButton.setToolTip(QCoreApplication.translate("PosterDesigner", u"Volgende pagina", None))
#endif // QT_CONFIG(tooltip)
        self.slideShowButton.setText(QCoreApplication.translate("PosterDesigner", u"&Diavoorstelling", None))
#if QT_CONFIG(tooltip)
        self.slideShowButton.setToolTip(QCoreApplication.translate("PosterDesigner", u"De gekozen panelen als dia's, schermvullend (op de beamer als die is aangesloten). Pijltjes of spatie: volgende dia; P: zelf laten afspelen, steeds opnieuw; Esc: stoppen.", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("PosterDesigner", u"Opslaan als &PDF\u2026", None))
        self.printButton.setText(QCoreApplication.translate("PosterDesigner", u"&Afdrukken\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PosterDesigner", u"&Sluiten", None))
    # retranslateUi

