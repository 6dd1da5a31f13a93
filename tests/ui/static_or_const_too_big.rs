//@ compile-fail
//@ spec: 11.18
// Every const and static is evaluated, used or not: one whose type reaches 2^61 bytes fails.
static BIG: [u8; 2305843009213693952] = [0; 2305843009213693952]; //~ ERROR E0080
const UNUSED: [u64; 4611686018427387904] = [0; 4611686018427387904]; //~ ERROR E0080
const FITS: [u8; 4] = [1, 2, 3, 4];

fn main() {
    println!("{} {}", BIG.len(), FITS.len());
}
