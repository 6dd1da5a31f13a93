//@ run-pass
//@ spec: 11.10
#[derive(Debug)]
struct Pair {
    a: i32,
    b: i32,
}

fn swap_in_place(p: &mut Pair) {
    let Pair { a, b } = p;
    let t = *a;
    *a = *b;
    *b = t;
}

fn main() {
    let mut p = Pair { a: 1, b: 2 };
    swap_in_place(&mut p);
    println!("{:?}", p);
    let v = (10, 20);
    let (ref x, ref y) = v;
    println!("{} {}", x, y);
    let mut w = (1, 2);
    {
        let (ref mut first, _) = w;
        *first += 100;
    }
    println!("{:?}", w);
    let big @ 10..=20 = 15 else { return; };
    println!("{}", big);
}
