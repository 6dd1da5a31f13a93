//@ run-pass
//@ spec: 11.1 11.2 11.3 11.4
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Account { id: u32, balance: i64 }

impl Account {
    fn new(id: u32) -> Account { Account { id, balance: 0 } }
    fn deposit(&mut self, amount: i64) { self.balance += amount; }
    fn can_pay(&self, amount: i64) -> bool { self.balance >= amount }
    fn close(self) -> i64 { println!("closing {}", self.id); self.balance }
}

#[derive(Debug)]
struct Pair(i32, f64);

#[derive(Debug)]
struct Unit;

impl Point {
    fn origin() -> Self { Self { x: 0, y: 0 } }
    fn dist2(&self, other: &Point) -> i32 {
        let dx = self.x - other.x;
        let dy = self.y - other.y;
        dx * dx + dy * dy
    }
    fn shifted(self, d: i32) -> Point { Point { x: self.x + d, ..self } }
}

fn main() {
    let mut acc = Account::new(7);
    acc.deposit(120);
    acc.deposit(-20);
    println!("{:?} {} {}", acc, acc.can_pay(50), acc.can_pay(500));
    let left = acc.close();
    println!("left {}", left);
    let p = Point { x: 3, y: 4 };
    let o = Point::origin();
    println!("{} {:?} {:?}", p.dist2(&o), p, o.shifted(2));
    println!("{:#?}", p);
    let q = p;
    println!("{} {}", p == q, p != o);
    let pr = Pair(1, 2.5);
    println!("{:?} {} {}", pr, pr.0, pr.1);
    println!("{:?} {:?}", Unit, (1, "a", 'c'));
    let r = &p;
    println!("{}", r.x + r.dist2(&q));
    println!("{} {}", std::mem::size_of::<Point>(), std::mem::size_of::<Account>());
}
