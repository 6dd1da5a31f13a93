//@ run-fail
//@ spec: 11.8
fn total(xs: &[i64]) -> i64 {
    let mut s = 0;
    for x in xs {
        s += x;
    }
    s
}

fn main() {
    let a = [1i64, 2, 3, 4, 5, 6];
    println!("{} {} {} {}", total(&a[1..3]), total(&a[..2]), total(&a[4..]), total(&a[..]));
    let mid = &a[2..=4];
    println!("{:?} {} {}", mid, mid.len(), mid[0]);
    let inner = &mid[1..];
    println!("{:?}", inner);
    let mut b = [0u8; 4];
    let s = &mut b[1..3];
    s[0] = 9;
    println!("{:?}", b);
    let empty = &a[3..3];
    println!("{:?} {}", empty, empty.is_empty());
    let n = a.len() - 1;
    println!("{:?}", &a[n..n + 2]);
}
