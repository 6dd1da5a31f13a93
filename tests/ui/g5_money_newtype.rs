//@ spec: 14.8 14.5 14.2
// A Cents newtype with Add/Sub/AddAssign/SubAssign/Neg/PartialEq and a Display that formats dollars.
use std::fmt;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};

#[derive(Debug, Clone, Copy)]
struct Cents(i64);

impl Add for Cents {
    type Output = Cents;
    fn add(self, o: Cents) -> Cents { Cents(self.0 + o.0) }
}
impl Sub for Cents {
    type Output = Cents;
    fn sub(self, o: Cents) -> Cents { Cents(self.0 - o.0) }
}
impl Neg for Cents {
    type Output = Cents;
    fn neg(self) -> Cents { Cents(-self.0) }
}
impl AddAssign for Cents {
    fn add_assign(&mut self, o: Cents) { self.0 += o.0; }
}
impl SubAssign for Cents {
    fn sub_assign(&mut self, o: Cents) { self.0 -= o.0; }
}
impl PartialEq for Cents {
    fn eq(&self, o: &Cents) -> bool { self.0 == o.0 }
}

impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = if self.0 < 0 { -self.0 } else { self.0 };
        write!(f, "{}${}.{:02}", sign, abs / 100, abs % 100)
    }
}

fn dollars(d: i64, c: i64) -> Cents {
    Cents(d * 100 + c)
}

fn main() {
    let price = dollars(19, 99);
    let tax = dollars(1, 60);
    let coupon = dollars(5, 0);
    println!("price {} + tax {} = {}", price, tax, price + tax);
    let mut total = price + tax;
    total -= coupon;
    println!("after coupon: {}", total);
    total += dollars(0, 5);
    println!("with fee: {}", total);
    let refund = -total;
    println!("refund: {} ({:?})", refund, refund);
    println!("balance after refund: {}", total + refund);
    println!("zero? {}", total + refund == Cents(0));
    println!("cheap? {}", coupon != price);
    let items = [dollars(2, 50), dollars(0, 75), dollars(10, 0)];
    let mut sum = Cents(0);
    for it in items {
        sum += it;
    }
    println!("basket: {}", sum);
    println!("change from $20: {}", dollars(20, 0) - sum);
}
