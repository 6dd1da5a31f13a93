//@ run-pass
//@ spec: 11.1 11.3 11.9 11.11
// A bank ledger: transactions are an enum with tuple and struct variants, applied to accounts.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Txn {
    Deposit(usize, u32),
    Withdraw(usize, u32),
    Transfer { from: usize, to: usize, amount: u32 },
    Audit,
}

#[derive(Debug)]
struct Account {
    id: u32,
    balance: u32,
    rejected: u32,
}

impl Account {
    fn new(id: u32) -> Self {
        Account { id, balance: 0, rejected: 0 }
    }
    fn withdraw(&mut self, amount: u32) -> bool {
        if amount > self.balance {
            self.rejected += 1;
            false
        } else {
            self.balance -= amount;
            true
        }
    }
}

fn apply(accts: &mut [Account], t: Txn) -> &'static str {
    match t {
        Txn::Deposit(i, amt) => {
            accts[i].balance += amt;
            "deposited"
        }
        Txn::Withdraw(i, amt) => if accts[i].withdraw(amt) { "withdrew" } else { "insufficient" },
        Txn::Transfer { from, to, amount } if from == to => {
            let _ = amount;
            "self-transfer ignored"
        }
        Txn::Transfer { from, to, amount } => {
            if accts[from].withdraw(amount) {
                accts[to].balance += amount;
                "transferred"
            } else {
                "transfer failed"
            }
        }
        Txn::Audit => {
            let mut total = 0;
            for a in accts.iter() {
                total += a.balance;
            }
            println!("  audit: total = {}", total);
            "audited"
        }
    }
}

fn main() {
    let mut accts = [Account::new(100), Account::new(200), Account::new(300)];
    let log = [
        Txn::Deposit(0, 500),
        Txn::Deposit(1, 50),
        Txn::Withdraw(1, 80),
        Txn::Transfer { from: 0, to: 2, amount: 120 },
        Txn::Transfer { from: 1, to: 1, amount: 5 },
        Txn::Transfer { from: 2, to: 1, amount: 1000 },
        Txn::Audit,
    ];
    for t in log {
        let r = apply(&mut accts, t);
        println!("{:?} -> {}", t, r);
    }
    for a in &accts {
        println!("{:>4}: {:>5} (rejected {})", a.id, a.balance, a.rejected);
    }
    println!("{:?}", accts[2]);
    println!("{}", log[0] == Txn::Deposit(0, 500));
}
