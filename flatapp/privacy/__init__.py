"""The rights of a resident (AVG/GDPR) and the privacy officer's tools, Qt-free.

One job per module: ``erase`` (art. 17, a household's data removed), ``access`` and ``access_pdf``
(art. 15, a letter of everything stored about a home), ``retention`` (a round's retention date and
the purge of its personal data), ``log`` (the privacy log), ``record`` (the processing record of a
round, art. 30), ``compact`` (removed text out of the database file) and ``at_rest`` (where the data
lives and whether it is encrypted). ``household`` and ``labels`` are shared helpers.
"""
