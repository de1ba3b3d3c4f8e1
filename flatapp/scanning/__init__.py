"""Reading scanned paper back: FlatApp's own printed forms and door lists, identified by their page id,
aligned on their corner marks and measured box by box. Qt-free (OpenCV, numpy, zxing-cpp)."""
