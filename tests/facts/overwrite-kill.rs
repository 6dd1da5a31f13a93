//@ run-pass
//@ spec: 21.9
// p is reborrowed from a then from b: writing p kills no loan (they are of a and b, not of
// p's place), the StorageDeads of a and b do, and `a = 3` invalidates the loan of a.
fn main() {
    let mut a = 1;
    let mut b = 2;
    let mut p = &mut a;
    *p += 1;
    p = &mut b;
    *p += 1;
    a = 3;
    let _c = a + b;
}
