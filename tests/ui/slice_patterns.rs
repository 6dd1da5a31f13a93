//@ run-pass
//@ spec: 11.10
fn describe(s: &[i32]) -> String_ {
    match s {
        [] => String_::Empty,
        [x] => String_::One(*x),
        [first, .., last] => String_::Many(*first, *last, s.len()),
    }
}

#[derive(Debug)]
enum String_ { Empty, One(i32), Many(i32, i32, usize) }

fn sum3(a: [u8; 3]) -> u32 {
    let [x, y, z] = a;
    x as u32 + y as u32 + z as u32
}

fn main() {
    let v = [4, 8, 15, 16, 23, 42];
    println!("{:?} {:?} {:?}", describe(&v[..0]), describe(&v[2..3]), describe(&v));
    println!("{}", sum3([1, 2, 3]));
    match v {
        [a, b, .., z] if a < b => println!("{} {} {}", a, b, z),
        _ => println!("other"),
    }
    if let [.., x, y] = &v[1..4] {
        println!("{} {}", x, y);
    }
}
