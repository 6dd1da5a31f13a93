//@ run-pass
//@ spec: 9.9
// `.clone()` and `==`/`!=` of a type parameter are calls of `<T as Clone>::clone` and
// `<T as PartialEq>::eq` in the generic body; each instance calls its type's: a copy for
// Copy types, the derived or hand-written impl, parts for tuples, contents for strings
// (and NaN is not equal to itself).
#[derive(Clone, Debug, PartialEq)]
struct P {
    a: i32,
    s: String,
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Q(u8);

struct H(i32);

impl Clone for H {
    fn clone(&self) -> H {
        println!("hand clone");
        H(self.0 + 100)
    }
}

impl PartialEq for H {
    fn eq(&self, o: &H) -> bool {
        println!("hand eq");
        self.0 == o.0
    }
}

fn dup<T: Clone>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

fn same<T: PartialEq>(a: &T, b: &T) -> bool {
    a == b
}

fn differ<T: PartialEq>(a: T, b: T) -> bool {
    a != b
}

fn pairs<T: Clone + PartialEq>(v: &Vec<T>) -> usize {
    let w = v.clone();
    let mut n = 0;
    for i in 0..w.len() {
        if w[i] == v[0] {
            n += 1;
        }
    }
    n
}

fn tup<T: PartialEq + Clone>(a: T) -> bool {
    let t = (a.clone(), 1);
    t == (a, 1)
}

fn main() {
    println!("{:?}", dup(&3));
    println!("{:?}", dup(&String::from("s")));
    println!("{:?}", dup(&P { a: 1, s: String::from("p") }));
    println!("{:?}", dup(&Q(2)));
    let h = dup(&H(1));
    println!("{} {}", (h.0).0, (h.1).0);
    println!("{:?}", dup(&"str"));
    println!("{:?}", dup(&(1, 2.5)));
    println!("{:?}", dup(&vec![1, 2]));
    println!("{} {}", same(&1, &1), same(&1.5, &2.5));
    println!("{}", same(&String::from("a"), &String::from("a")));
    println!("{}", same(&P { a: 1, s: String::new() }, &P { a: 1, s: String::from("x") }));
    println!("{}", same(&H(1), &H(1)));
    println!("{}", same(&"a", &"b"));
    println!("{} {}", differ(Q(1), Q(1)), differ('a', 'b'));
    println!("{}", same(&f64::NAN, &f64::NAN));
    println!("{}", pairs(&vec![1, 2, 1]));
    println!("{}", pairs(&vec![String::from("a"), String::from("b")]));
    println!("{} {}", tup(5u8), tup(String::from("z")));
}
