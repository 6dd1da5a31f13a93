//@ spec: 11.15 13.2 15.3 15.1
// A generic Either<L, R> enum with impl<L, R> methods that take closures (map_left, either, flip).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Either<L, R> {
    Left(L),
    Right(R),
}

impl<L, R> Either<L, R> {
    fn is_left(&self) -> bool {
        match self {
            Either::Left(_) => true,
            Either::Right(_) => false,
        }
    }

    fn flip(self) -> Either<R, L> {
        match self {
            Either::Left(l) => Either::Right(l),
            Either::Right(r) => Either::Left(r),
        }
    }

    fn map_left<M, F: FnOnce(L) -> M>(self, f: F) -> Either<M, R> {
        match self {
            Either::Left(l) => Either::Left(f(l)),
            Either::Right(r) => Either::Right(r),
        }
    }

    fn either<T, F: FnOnce(L) -> T, G: FnOnce(R) -> T>(self, f: F, g: G) -> T {
        match self {
            Either::Left(l) => f(l),
            Either::Right(r) => g(r),
        }
    }

    fn left(self) -> Option<L> {
        match self {
            Either::Left(l) => Some(l),
            Either::Right(_) => None,
        }
    }
}

fn classify(n: i32) -> Either<i32, char> {
    if n >= 0 && n < 10 {
        Either::Right((b'0' + n as u8) as char)
    } else {
        Either::Left(n)
    }
}

fn main() {
    for n in [4, 42, -1, 9] {
        let e = classify(n);
        let text_len = e.either(|big| if big < 0 { 0 } else { 2 }, |_digit| 1);
        println!("{:>3} -> {:?} left? {} width {}", n, e, e.is_left(), text_len);
    }
    let doubled = classify(50).map_left(|x| x * 2);
    println!("doubled: {:?}", doubled);
    let untouched = classify(5).map_left(|x| x * 2);
    println!("untouched: {:?}", untouched);
    let as_bool = classify(77).map_left(|x| x % 7 == 0);
    println!("as bool: {:?}", as_bool);
    println!("flipped: {:?} {:?}", classify(3).flip(), classify(30).flip());
    println!("left(): {:?} {:?}", classify(12).left(), classify(1).left());
    let mut total = 0;
    for n in [1, 20, 300] {
        total += classify(n).either(|l| l, |_| 0);
    }
    println!("sum of lefts = {}", total);
    println!("same? {}", classify(8) == Either::Right('8'));
}
