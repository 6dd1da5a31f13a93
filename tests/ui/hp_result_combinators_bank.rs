//@ spec: 13.5, 15.4
// A bank ledger whose operations return Result<_, TxError>: map, map_err, and_then,
// ok, err, unwrap_or, unwrap_or_else, unwrap_or_default, is_ok/is_err, as_ref and `?`.
#[derive(Debug, Clone, Copy, PartialEq)]
enum TxError {
    Insufficient { needed: u64, available: u64 },
    Frozen,
    Zero,
}

struct Account {
    balance: u64,
    frozen: bool,
}

impl Account {
    fn withdraw(&mut self, amount: u64) -> Result<u64, TxError> {
        if self.frozen {
            return Err(TxError::Frozen);
        }
        if amount == 0 {
            return Err(TxError::Zero);
        }
        if amount > self.balance {
            return Err(TxError::Insufficient { needed: amount, available: self.balance });
        }
        self.balance -= amount;
        Ok(self.balance)
    }
    fn transfer(&mut self, to: &mut Account, amount: u64) -> Result<u64, TxError> {
        let left = self.withdraw(amount)?;
        to.balance += amount;
        Ok(left)
    }
}

fn describe(e: TxError) -> String {
    match e {
        TxError::Insufficient { needed, available } => format!("short by {}", needed - available),
        TxError::Frozen => String::from("account frozen"),
        TxError::Zero => String::from("nothing to do"),
    }
}

fn main() {
    let mut a = Account { balance: 100, frozen: false };
    let mut b = Account { balance: 5, frozen: false };
    let r1 = a.withdraw(30);
    println!("{:?} ok={} err={}", r1, r1.is_ok(), r1.is_err());
    let r2 = a.withdraw(500).map_err(describe);
    println!("{:?}", r2);
    let cents = a.withdraw(10).map(|left| left * 100);
    println!("cents left {:?}", cents);
    let chained = a.withdraw(0).and_then(|left| if left > 50 { Ok(left) } else { Err(TxError::Zero) });
    println!("chained {:?}", chained);
    println!("ok() {:?} err() {:?}", a.withdraw(5).ok(), a.withdraw(0).err());
    println!("unwrap_or {}", a.withdraw(1000).unwrap_or(0));
    println!("unwrap_or_else {}", a.withdraw(1000).unwrap_or_else(|e| if e == TxError::Zero { 1 } else { 2 }));
    println!("is_ok after failed withdraw {}", b.withdraw(6).is_ok());
    println!("transfer {:?} a={} b={}", a.transfer(&mut b, 25), a.balance, b.balance);
    b.frozen = true;
    let frozen = b.transfer(&mut a, 1);
    println!("frozen {:?} -> {}", frozen.as_ref().err(), frozen.map_err(describe).unwrap_err());
    let results: Vec<Result<u64, TxError>> = vec![a.withdraw(1), a.withdraw(0), a.withdraw(2)];
    let good: Vec<u64> = results.iter().filter_map(|r| r.ok()).collect();
    println!("good {:?} of {}", good, results.len());
}
