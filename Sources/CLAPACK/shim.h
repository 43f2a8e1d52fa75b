// The C boundary of budgetcast: OpenBLAS's CBLAS and netlib's LAPACKE.
// Only the LinearAlgebra module imports this, through LAPACKFunnel.swift.
#include <cblas.h>
#include <lapacke.h>

/// `lapack_int` is a macro in lapacke.h, which Swift cannot see; this typedef can.
typedef lapack_int budgetcast_lapack_int;
