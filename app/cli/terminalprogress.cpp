#include "terminalprogress.h"
