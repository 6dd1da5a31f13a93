//@ run-pass
//@ spec: 11.1 11.3
#[derive(Debug)]
struct Account {
    id: u32,
    owner: &'static str,
    balance: i64,
}

impl Account {
    fn new(id: u32, owner: &'static str) -> Self {
        Account { id, owner, balance: 0 }
    }
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
    fn withdraw(&mut self, amount: i64) -> bool {
        if amount > self.balance {
            return false;
        }
        self.balance -= amount;
        true
    }
}

fn transfer(from: &mut Account, to: &mut Account, amount: i64) -> bool {
    if from.withdraw(amount) {
        to.deposit(amount);
        true
    } else {
        false
    }
}

fn main() {
    let mut a = Account::new(1, "ana");
    let mut b = Account::new(2, "ben");
    a.deposit(100);
    println!("{}", transfer(&mut a, &mut b, 30));
    println!("{}", transfer(&mut a, &mut b, 300));
    println!("{:?}", a);
    println!("{:#?}", b);
    println!("{} has {}", b.owner, b.balance);
}
