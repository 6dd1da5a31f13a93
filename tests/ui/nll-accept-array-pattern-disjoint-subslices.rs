//@ run-pass
//@ spec: 20.2
// Array subslices [0:2] and [2:4], and an element beside a subslice, are disjoint.
fn main() {
    let mut arr = [1, 2, 3, 4];
    {
        let [ref mut lo @ .., _, _] = arr;
        let [_, _, ref mut hi @ ..] = arr;
        hi[0] += lo[1];
        lo[0] = hi.len() as i32;
    }
    println!("{:?}", arr);
    let [ref mut x, ref mut middle @ .., ref mut y] = arr;
    std::mem::swap(x, y);
    middle.reverse();
    println!("{:?} {:?}", arr, middle_len(&arr));
}
fn middle_len(a: &[i32; 4]) -> usize {
    let [_, m @ .., _] = a;
    m.len()
}
